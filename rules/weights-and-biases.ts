import type { Rule } from '../src/engine/rule.ts';
import { all, bodyIsNotPlaceholder, ci, near, OP } from './lib/messaging-ai-registries-kit.ts';

// W&B API keys are 40 hex with no prefix (https://docs.wandb.ai/guides/track/environment-variables/):
// only next to a W&B key setting (WANDB_API_KEY) or after `wandb login`, so a commit SHA is not taken for one.
export const weightsAndBiasesApiKey: Rule = {
  id: 'weights-and-biases-api-key',
  description: 'Weights & Biases API key',
  docs: 'https://docs.wandb.ai/guides/track/environment-variables/',
  keywords: ['wandb'],
  regex: new RegExp(
    `(?:${near('wandb', '(?:api[_.-]?)?key')}${OP}|${ci('wandb')}(?:\\.login\\((?:key=)?["']|[ \\t]+login[ \\t]+(?:--relogin[ \\t]+)?))([a-f0-9]{40})(?![\\w-])`,
  ),
  minEntropy: 2.8,
  allowFillers: true,
  validate: bodyIsNotPlaceholder(0),
  remediation:
    'Revoke the key at https://wandb.ai/authorize (User settings → API keys → Delete), create a new one, and update WANDB_API_KEY in CI.',
  examples: (f) => ({
    match: [`WANDB_API_KEY=${f.hex(40)}`, `wandb.login(key="${f.hex(40)}")`, `wandb login ${f.hex(40)}`],
    noMatch: [`wandb_run_commit: ${f.hex(40)}`, 'WANDB_API_KEY=your-wandb-key', `wandb artifact get ${f.hex(40)}`],
  }),
};

export const weightsAndBiases: Rule[] = [weightsAndBiasesApiKey];
