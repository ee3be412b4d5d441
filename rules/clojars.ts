import type { Rule } from '../src/engine/rule.ts';
import { all, bodyIsNotPlaceholder, hasDigit } from './lib/messaging-ai-registries-kit.ts';

// Deploy tokens: `CLOJARS_` + 60 lower-case letters and digits (https://github.com/clojars/clojars-web/wiki/Deploy-Tokens;
// gitleaks rule clojars-api-token).
export const clojarsDeployToken: Rule = {
  id: 'clojars-deploy-token',
  description: 'Clojars deploy token',
  docs: 'https://github.com/clojars/clojars-web/wiki/Deploy-Tokens',
  keywords: ['clojars_'],
  regex: /(?<![\w-])(CLOJARS_[a-z0-9]{60})(?![\w-])/,
  allowFillers: true,
  validate: all(bodyIsNotPlaceholder(8), hasDigit),
  minEntropy: 3.8,
  remediation:
    'Disable the token at https://clojars.org/tokens, create a new one scoped to the group or jar, and check the artifacts for versions you did not deploy.',
  examples: (f) => ({
    match: [
      `CLOJARS_PASSWORD=CLOJARS_${f.lowerAlnum(60)}`,
      `:repositories [["clojars" {:username "acme" :password "CLOJARS_${f.lowerAlnum(60)}"}]]`,
    ],
    noMatch: ['CLOJARS_PASSWORD=CLOJARS_...', 'CLOJARS_USERNAME=acme', `CLOJARS_${f.lowerAlnum(30)}`],
  }),
};

export const clojars: Rule[] = [clojarsDeployToken];
