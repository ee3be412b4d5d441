import type { Rule } from '../src/engine/rule.ts';
import { all, bodyIsNotPlaceholder, notChecksummedToken } from './lib/messaging-ai-registries-kit.ts';

// PyPI API tokens are macaroons: `pypi-` + base64url of a binary blob whose first caveat is the issuing
// host, so PyPI tokens start `pypi-AgEIcHlwaS5vcmc` ("pypi.org") and TestPyPI ones `pypi-AgENdGVzdC5weXBpLm9yZw`
// ("test.pypi.org") (https://pypi.org/help/#apitoken; https://warehouse.pypa.io/development/token-scanning.html).
const REMEDIATION =
  'Remove the token at https://pypi.org/manage/account/token/ (TestPyPI: https://test.pypi.org/manage/account/token/), prefer Trusted Publishing from CI, and check the project history for releases you did not upload.';

function macaroonRule(id: string, marker: string, description: string): Rule {
  return {
    id,
    description,
    docs: 'https://pypi.org/help/#apitoken',
    keywords: [`pypi-${marker}`.toLowerCase()],
    regex: new RegExp(`(?<![\\w-])(pypi-${marker}[A-Za-z0-9_-]{50,1000})(?![\\w-])`),
    allowFillers: true,
    validate: bodyIsNotPlaceholder(5 + marker.length),
    minEntropy: 4.0,
    remediation: REMEDIATION,
    examples: (f) => ({
      match: [
        `TWINE_PASSWORD=pypi-${marker}${f.b64url(160)}`,
        `[pypi]\n  username = __token__\n  password = pypi-${marker}${f.b64url(170)}`,
        `uv publish --token pypi-${marker}${f.b64url(150)}`,
      ],
      noMatch: [`TWINE_PASSWORD=pypi-${marker}...`, 'TWINE_PASSWORD=pypi-<your-token>', `pypi-${marker}${f.b64url(20)}`],
    }),
  };
}

export const pypiApiToken = macaroonRule('pypi-api-token', 'AgEIcHlwaS5vcmc', 'PyPI API token');
export const pypiTestApiToken = macaroonRule('pypi-test-api-token', 'AgENdGVzdC5weXBpLm9yZw', 'TestPyPI API token');

export const pypircPassword: Rule = {
  id: 'pypirc-password',
  description: 'Password or token in a .pypirc upload configuration',
  docs: 'https://packaging.python.org/en/latest/specifications/pypirc/',
  keywords: ['password'],
  path: ['.pypirc', '**/.pypirc'],
  regex: /^[ \t]*password[ \t]*[:=][ \t]*(\S{6,})[ \t]*$/m,
  allowFillers: true,
  validate: all(bodyIsNotPlaceholder(0), notChecksummedToken),
  remediation: `${REMEDIATION} Keep credentials out of .pypirc in the repository (use TWINE_PASSWORD from the CI secret store or keyring).`,
  examples: (f) => ({
    match: [
      {
        path: '.pypirc',
        text: `[distutils]\nindex-servers = private\n\n[private]\nrepository = https://pypi.acme.io/\nusername = deploy\npassword = ${f.password(18)}\n`,
      },
      {
        path: 'tools/.pypirc',
        text: `[nexus]\nrepository: https://nexus.acme.io/repository/pypi/\nusername: ci\npassword: ${f.b62(24)}\n`,
      },
    ],
    noMatch: [
      { path: '.pypirc', text: '[pypi]\nusername = __token__\npassword = <your-pypi-token>\n' },
      { path: '.pypirc', text: '[pypi]\nusername = __token__\npassword = ${PYPI_TOKEN}\n' },
      { path: '.pypirc', text: '[pypi]\nusername = __token__\n# password comes from keyring\n' },
    ],
  }),
};

export const pypi: Rule[] = [pypiApiToken, pypiTestApiToken, pypircPassword];
