import type { Rule } from '../src/engine/rule.ts';
import { ASSIGN, bodyIsNotPlaceholder, gap, lowerHex } from './lib/cloud-and-code-kit.ts';

// SonarQube tokens (9.5+): squ_ user, sqp_ project analysis, sqa_ global analysis, each + 40 hex.
// https://docs.sonarsource.com/sonarqube-server/latest/user-guide/managing-tokens/
const DOCS = 'https://docs.sonarsource.com/sonarqube-server/latest/user-guide/managing-tokens/';
const ROTATE =
  'Revoke the token in SonarQube / SonarQube Cloud (My Account > Security > Tokens, or Administration > Security > Users) and generate a new one scoped to the project.';

export const sonarqubeToken: Rule = {
  id: 'sonarqube-token',
  description: 'SonarQube user / project / global analysis token (squ_, sqp_, sqa_)',
  docs: DOCS,
  keywords: ['squ_', 'sqp_', 'sqa_'],
  regex: /(?<![A-Za-z0-9_])(sq[upa]_[a-f0-9]{40})(?![A-Za-z0-9_])/,
  minEntropy: 3.0,
  validate: bodyIsNotPlaceholder(4),
  remediation: ROTATE,
  examples: (f) => ({
    match: [`SONAR_TOKEN=squ_${f.hex(40)}`, `mvn sonar:sonar -Dsonar.token=sqp_${f.hex(40)}`, `sonar.login=sqa_${f.hex(40)}`],
    noMatch: [
      'SONAR_TOKEN=squ_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      `SONAR_TOKEN=squ_${f.hex(12)}`,
      'SONAR_TOKEN=${{ secrets.SONAR_TOKEN }}',
    ],
  }),
};

// Older SonarQube and SonarCloud tokens are 40 lower-case hex with no prefix: only in a Sonar setting.
export const sonarTokenLegacy: Rule = {
  id: 'sonar-token-legacy',
  description: 'SonarQube / SonarCloud token (unprefixed 40-hex format, in a sonar.token / sonar.login setting)',
  docs: DOCS,
  keywords: ['sonar'],
  regex: new RegExp(String.raw`sonar${gap()}(?:token|login|auth[_.\-]?token)\w{0,8}${ASSIGN}([a-f0-9]{40})(?![A-Za-z0-9])`, 'i'),
  minEntropy: 3.0,
  validate: lowerHex,
  remediation: ROTATE,
  examples: (f) => ({
    match: [`SONAR_TOKEN=${f.hex(40)}`, `./gradlew sonar -Dsonar.login=${f.hex(40)}`, `sonar.token=${f.hex(40)}`],
    noMatch: ['SONAR_TOKEN=${SONAR_TOKEN}', `sonar.scm.revision=${f.hex(40)}`, 'sonar.login=admin'],
  }),
};

export const sonar: Rule[] = [sonarqubeToken, sonarTokenLegacy];
