// `npm run bench`: every measurement, side by side, in one run.
//   1. pre-commit latency (bench/staged.mjs): scan --staged vs node -e 0, git diff --cached, secretlint
//   2. history audit (bench/audit.mjs): audit vs git log -p --all on a 10,000+ commit repository, peak RSS
// Extra arguments go to the audit bench, e.g. `npm run bench -- --repo /path/to/any/repo`.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { printStaged, runStagedBench } from './staged.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);

printStaged(runStagedBench());
console.log('');
const audit = spawnSync(process.execPath, [path.join(here, 'audit.mjs'), ...args], { stdio: 'inherit' });
process.exitCode = audit.status ?? 1;
