import type { Rule } from '../src/engine/rule.ts';
import { assignment, prefixedToken, randomMixedCase } from './lib/databases-and-saas-kit.ts';

// Contentful personal access tokens (Content Management API): `CFPAT-` + 43 URL-safe characters.
// Delivery / preview API keys are 43 URL-safe characters with no prefix, so they need a Contentful
// setting name. https://www.contentful.com/developers/docs/references/authentication/
const DOCS = 'https://www.contentful.com/developers/docs/references/authentication/';

export const contentfulPersonalAccessToken = prefixedToken({
  id: 'contentful-personal-access-token',
  description: 'Contentful Content Management API personal access token (CFPAT-)',
  docs: DOCS,
  keywords: ['cfpat-'],
  regex: /\b(CFPAT-[A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])/,
  minEntropy: 4.0,
  remediation:
    'Revoke the token in Contentful (Settings → CMA tokens → Revoke), create a replacement, and update the migration / CI scripts.',
  env: 'CONTENTFUL_MANAGEMENT_TOKEN',
  prefix: 'CFPAT-',
  token: (f) => `CFPAT-${f.b64url(43)}`,
  extraNoMatch: (f) => [`see CFPAT-${f.b64url(30)} in the docs`],
});

export const contentfulDeliveryToken: Rule = {
  id: 'contentful-delivery-token',
  description: 'Contentful Content Delivery / Preview API key assigned to a Contentful token setting',
  docs: DOCS,
  keywords: ['contentful'],
  regex: assignment(
    'contentful',
    '(?:delivery|preview|access|cda|cpa|cma|management)[_.-]?(?:api[_.-]?)?(?:token|key)',
    '[A-Za-z0-9_-]{43}',
  ),
  minEntropy: 4.0,
  validate: randomMixedCase,
  remediation:
    'Delete the API key in Contentful (Settings → API keys → the key → Delete / regenerate), create a new one, and redeploy the site with it.',
  examples: (f) => ({
    match: [
      `CONTENTFUL_ACCESS_TOKEN=${f.b64url(43)}`,
      `contentfulPreviewToken: "${f.b64url(43)}"`,
      `CONTENTFUL_DELIVERY_API_KEY='${f.b64url(43)}'`,
    ],
    noMatch: ['CONTENTFUL_ACCESS_TOKEN=${CONTENTFUL_ACCESS_TOKEN}', `CONTENTFUL_SPACE_ID=${f.lowerAlnum(12)}`],
  }),
};

export const contentful: Rule[] = [contentfulPersonalAccessToken, contentfulDeliveryToken];
