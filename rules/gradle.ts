import type { Rule } from '../src/engine/rule.ts';
import { all, bodyIsNotPlaceholder, notChecksummedToken } from './lib/messaging-ai-registries-kit.ts';

// gradle.properties is where publishing credentials end up (ossrhPassword, mavenCentralToken,
// signing.password, systemProp.https.proxyPassword)
// (https://docs.gradle.org/current/userguide/declaring_repositories.html#sec:handling_credentials).
export const gradlePropertiesCredential: Rule = {
  id: 'gradle-properties-credential',
  description: 'Password, token or secret in gradle.properties',
  docs: 'https://docs.gradle.org/current/userguide/declaring_repositories.html#sec:handling_credentials',
  keywords: ['password', 'token', 'secret', 'apikey', 'api_key'],
  path: ['gradle.properties', '**/gradle.properties'],
  regex: /^[ \t]*[\w.-]{0,40}(?:[Pp]assword|PASSWORD|[Tt]oken|TOKEN|[Ss]ecret|SECRET|[Aa]pi[Kk]ey|API_KEY)[ \t]*[=:][ \t]*(\S{6,})[ \t]*$/m,
  allowFillers: true,
  validate: all(bodyIsNotPlaceholder(0), notChecksummedToken),
  remediation:
    'Revoke the credential at the repository (Sonatype Central: https://central.sonatype.com/account → Generate User Token; Artifactory / Nexus user token pages), and keep it in ~/.gradle/gradle.properties or ORG_GRADLE_PROJECT_* environment variables instead.',
  examples: (f) => ({
    match: [
      { path: 'gradle.properties', text: `org.gradle.jvmargs=-Xmx2g\nossrhUsername=deploy\nossrhPassword=${f.password(20)}\n` },
      { path: 'android/gradle.properties', text: `mavenCentralToken=${f.b62(40)}\n` },
    ],
    noMatch: [
      { path: 'gradle.properties', text: 'org.gradle.jvmargs=-Xmx2g\nsigning.secretKeyRingFile=/home/ci/secring.gpg\n' },
      { path: 'gradle.properties', text: 'ossrhPassword=${OSSRH_PASSWORD}\n' },
      { path: 'gradle.properties', text: 'kotlin.code.style=official\nandroid.useAndroidX=true\n' },
    ],
  }),
};

export const gradle: Rule[] = [gradlePropertiesCredential];
