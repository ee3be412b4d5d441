import { parentPort, workerData } from 'node:worker_threads';
import { ScanCore, type ScanRequest, type ScanSetup } from './audit-scan-core.ts';

/**
 * A scanning thread of the audit (bundled as dist/audit-worker.js): blob ids in, findings out. Its
 * own `git cat-file` streams the blobs to it, so git, the main thread (walking the history) and the
 * detector run at the same time on different cores. It never prints: findings go back to the main
 * thread, which reports only redacted ones.
 */
const core = new ScanCore(workerData as ScanSetup, (reply) => parentPort!.postMessage(reply));
parentPort!.on('message', (m: ScanRequest) => {
  if (m.kind === 'request') core.request(m.ids, m.paths);
  else core.end();
});
