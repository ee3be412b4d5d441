// `npm run bench`: every measurement, side by side, in one run.
//   1. pre-commit latency (bench/staged.mjs): scan --staged vs node -e 0, git diff --cached, secretlint
//   2. history audit (bench/audit.mjs): audit vs git log -p --all on a 10,000+ commit repository, peak RSS
// Extra arguments go to the audit bench, e.g. `npm run bench -- --repo /path/to/any/repo`.
import { printStaged, runStagedBench } from './staged.mjs';
import { main as auditBench } from './audit.mjs';

printStaged(runStagedBench());
console.log('');
process.exitCode = await auditBench(process.argv.slice(2));
