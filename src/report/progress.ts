import type { Writable } from 'node:stream';
import { formatBytes } from './format-text.ts';

/** What the audit reports as it goes: commits walked (of `total`), unique blobs and bytes scanned. */
export interface ProgressState {
  commits: number;
  blobs: number;
  bytes: number;
}

export interface Progress {
  update(state: ProgressState): void;
  stop(): void;
}

const NONE: Progress = { update() {}, stop() {} };

/**
 * A progress bar on stderr for long audits: commits done of the total, blobs scanned, throughput and
 * time left. Only for a person watching a terminal: the caller passes `enabled` false when stderr is
 * not a TTY, CI is set, or the output format is not text; then nothing is drawn and cli-progress is
 * not even loaded (it is imported lazily, off the hooks' startup path).
 * Progress output never contains file contents, paths or findings: only counters.
 */
export async function createProgress(options: { enabled: boolean; stream: Writable; total: number }): Promise<Progress> {
  if (!options.enabled || options.total <= 0) return NONE;
  const { SingleBar } = (await import('cli-progress')).default;
  const started = performance.now();
  const bar = new SingleBar({
    stream: options.stream as NodeJS.WritableStream,
    format: 'auditing {bar} {percentage}% | {value}/{total} commits | {blobs} blobs, {size} | {rate} | ETA {eta_formatted}',
    barsize: 24,
    hideCursor: true,
    clearOnComplete: true,
    // Redraw at most 8 times a second; time left is estimated over the last 200 updates.
    fps: 8,
    etaBuffer: 200,
  });
  bar.start(options.total, 0, { blobs: 0, size: formatBytes(0), rate: '' });
  let last = 0;
  return {
    update(state) {
      // Called for every chunk git sends; cli-progress redraws on its own timer, so only feed it now and then.
      const now = performance.now();
      if (now - last < 50) return;
      last = now;
      const seconds = (now - started) / 1000;
      bar.update(Math.min(state.commits, options.total), {
        blobs: state.blobs,
        size: formatBytes(state.bytes),
        rate: seconds > 0 ? `${formatBytes(Math.round(state.bytes / seconds))}/s` : '',
      });
    },
    stop() {
      bar.stop();
    },
  };
}
