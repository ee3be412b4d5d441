import type { Rule } from '../src/engine/rule.ts';
import { all, assigned, bodyIsNotPlaceholder, bothCases, ci, near, notHex } from './lib/messaging-ai-registries-kit.ts';

// Mailchimp Transactional (Mandrill) keys are 22 base64url characters, newer ones prefixed `md-`
// (https://mailchimp.com/developer/transactional/guides/quick-start/#generate-your-api-key).
// No distinctive body: only next to a Mandrill key / password setting (SMTP uses the key as password).
export const mandrillApiKey: Rule = {
  id: 'mandrill-api-key',
  description: 'Mailchimp Transactional (Mandrill) API key',
  docs: 'https://mailchimp.com/developer/transactional/guides/quick-start/#generate-your-api-key',
  keywords: ['mandrill'],
  regex: assigned(
    `(?:${near('mandrill', '(?:api[_.-]?)?(?:key|token|secret|pass(?:word)?)')}|${ci('mandrill')}\\.${ci('mandrill')})`,
    '(?:md-)?[A-Za-z0-9_-]{22}',
    String.raw`(?![\w-])`,
  ),
  allowFillers: true,
  validate: all(bodyIsNotPlaceholder(0), notHex, bothCases(1)),
  minEntropy: 3.5,
  remediation:
    'Delete the key at https://mandrillapp.com/settings (Settings → API Keys), create a new one, and review Outbound activity for mail you did not send.',
  examples: (f) => ({
    match: [`MANDRILL_API_KEY=md-${f.b62(22)}`, `mandrill_client = mandrill.Mandrill('${f.b62(22)}')`, `MANDRILL_PASSWORD: "${f.b62(22)}"`],
    noMatch: ['MANDRILL_API_KEY=your-mandrill-key', 'MANDRILL_SUBACCOUNT=marketing-eu', 'MANDRILL_API_KEY=${MANDRILL_API_KEY}'],
  }),
};

export const mandrill: Rule[] = [mandrillApiKey];
