import type { Rule } from '../../src/engine/rule.ts';
import { github } from '../github.ts';
import { cloudAndCode } from './cloud-and-code.ts';
import { messagingAiRegistries } from './messaging-ai-registries.ts';
import { databasesAndSaas } from './databases-and-saas.ts';
import { privateKey } from '../private-key.ts';
import { jwt } from '../jwt.ts';
import { basicAuthUrls } from '../basic-auth-url.ts';
import { authorizationHeaders } from '../authorization-header.ts';
import { kubernetesSecret } from '../kubernetes-secret.ts';
import { genericAssignment } from '../generic-assignment.ts';
import { registerSpecificRules } from '../support/values.ts';

// The generic value rules leave values that carry a specific rule's token prefix to that rule
// (a wrong-length or bad-checksum `ghp_…` is not a secret just because it sits in `token=`).
registerSpecificRules([...github, ...cloudAndCode, ...messagingAiRegistries, ...databasesAndSaas]);

/**
 * Format-level kinds (private keys, JWTs, credentials in URLs and headers, Kubernetes Secrets)
 * and the keyword-plus-value rules, loaded last. Private keys are specific (their armor is a
 * format); everything else is `generic` and yields to the provider rules.
 */
export const generic: Rule[] = [
  ...privateKey,
  ...jwt,
  ...kubernetesSecret,
  ...authorizationHeaders,
  ...basicAuthUrls,
  ...genericAssignment,
];
