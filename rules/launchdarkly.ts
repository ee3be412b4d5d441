import type { Rule } from '../src/engine/rule.ts';
import { assignment } from './lib/databases-and-saas-kit.ts';

// LaunchDarkly access tokens are `api-` + UUID and server-side SDK keys `sdk-` + UUID (mobile keys
// `mob-` and client-side IDs are public). The prefixes are short, so a LaunchDarkly setting name
// (LAUNCHDARKLY_…, LD_SDK_KEY, …) is required. https://docs.launchdarkly.com/home/account/api
// The prefilter keys on the value's prefix, which every match contains: the setting's `ld` is far too
// common a string (`build.`, `field-`) to be worth a pass of the regex over most files.
const UUID4 = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const PROVIDER = 'launch[_.-]?darkly|(?<![a-z])ld';
/** The setting name sits on the value's line, at most ~150 characters before it (see assignment()). */
const NEAR = { before: 160, after: 40 };

export const launchdarklyAccessToken: Rule = {
  id: 'launchdarkly-access-token',
  description: 'LaunchDarkly API access token (api-…) assigned to a LaunchDarkly setting',
  docs: 'https://docs.launchdarkly.com/home/account/api',
  keywords: ['api-'],
  near: NEAR,
  regex: assignment(PROVIDER, '(?:api|access)[_.-]?(?:key|token)|token', `api-${UUID4}`),
  minEntropy: 3.0,
  remediation:
    'Delete or reset the token in LaunchDarkly (Organization settings → Authorization → Access tokens → Reset / Delete), create a replacement with a minimal role, and update the automation.',
  examples: (f) => ({
    match: [
      `LAUNCHDARKLY_ACCESS_TOKEN=api-${f.uuid()}`,
      `LD_API_KEY="api-${f.uuid()}"`,
      `launchDarkly:\n  project: web\nlaunchDarklyApiToken: 'api-${f.uuid()}'`,
    ],
    noMatch: ['LAUNCHDARKLY_ACCESS_TOKEN=${LD_ACCESS_TOKEN}', `request_id=api-${f.uuid()}`, `LD_API_KEY=api-${f.hex(6)}`],
  }),
};

export const launchdarklySdkKey: Rule = {
  id: 'launchdarkly-sdk-key',
  description: 'LaunchDarkly server-side SDK key (sdk-…) assigned to a LaunchDarkly setting',
  docs: 'https://docs.launchdarkly.com/sdk/concepts/client-side-server-side#keys',
  keywords: ['sdk-'],
  near: NEAR,
  regex: assignment(PROVIDER, '(?:sdk|server)[_.-]?(?:key|token)?|key', `sdk-${UUID4}`),
  minEntropy: 3.0,
  remediation:
    'Reset the SDK key in LaunchDarkly (Project settings → Environments → the environment → SDK key → Reset, with an expiry for the old key), then redeploy the services with the new key.',
  examples: (f) => ({
    match: [
      `LD_SDK_KEY=sdk-${f.uuid()}`,
      `LAUNCHDARKLY_SDK_KEY: "sdk-${f.uuid()}"`,
      `ld.init(sdkKey) // launchdarklyServerKey = 'sdk-${f.uuid()}'`,
    ],
    noMatch: [
      'LD_SDK_KEY=${LD_SDK_KEY}',
      `LD_MOBILE_KEY=mob-${f.uuid()}`,
      `LD_CLIENT_SIDE_ID=${f.hex(24)}`,
      `BUILD_SDK_KEY=sdk-${f.uuid()}`,
    ],
  }),
};

export const launchdarkly: Rule[] = [launchdarklyAccessToken, launchdarklySdkKey];
