import type { Rule } from '../src/engine/rule.ts';
import { all, bodyIsNotPlaceholder, notChecksummedToken } from './lib/messaging-ai-registries-kit.ts';

// Repository credentials in Maven's settings.xml (<servers><server><password>) (https://maven.apache.org/settings.html#servers).
// `${env.X}` references are dropped by the shared placeholder check; `{…}` values are encrypted with the
// settings-security master password (https://maven.apache.org/guides/mini/guide-encryption.html) and are not reported.
export const mavenSettingsPassword: Rule = {
  id: 'maven-settings-password',
  description: 'Repository password in Maven settings.xml',
  docs: 'https://maven.apache.org/settings.html#servers',
  keywords: ['<password>'],
  path: ['settings.xml', '**/settings.xml'],
  regex: /<password>[ \t]*([^<\s]{6,})[ \t]*<\/password>/,
  allowFillers: true,
  validate: all(
    bodyIsNotPlaceholder(0),
    (s) => (/^\{[A-Za-z0-9+/=]+\}$/.test(s) ? 'encrypted with the Maven master password' : true),
    notChecksummedToken,
  ),
  remediation:
    'Revoke the password or token at the repository (Sonatype Central: https://central.sonatype.com/account; Nexus / Artifactory: the user token page), and use ${env.MAVEN_PASSWORD} or mvn --encrypt-password instead.',
  examples: (f) => ({
    match: [
      {
        path: '.m2/settings.xml',
        text: `<settings><servers><server>\n  <id>ossrh</id>\n  <username>deploy</username>\n  <password>${f.password(20)}</password>\n</server></servers></settings>`,
      },
      { path: 'ci/settings.xml', text: `<server><id>central</id><username>ci</username><password>${f.b62(44)}</password></server>` },
    ],
    noMatch: [
      { path: 'settings.xml', text: '<server><id>ossrh</id><password>${env.OSSRH_PASSWORD}</password></server>' },
      { path: 'settings.xml', text: `<server><id>ossrh</id><password>{${f.base64Bytes(24)}}</password></server>` },
      { path: 'settings.xml', text: '<server><id>ossrh</id><username>deploy</username></server>' },
    ],
  }),
};

export const maven: Rule[] = [mavenSettingsPassword];
