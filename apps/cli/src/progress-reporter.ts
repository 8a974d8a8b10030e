import type { CliIo } from './cli-io.js';
import type { ProgressUpdate } from './follow-job.js';
import { renderProgressBar } from './progress-bar.js';

/**
 * A live bar on a terminal; elsewhere (a log, a pipe) one line per state change, so nothing floods.
 * Everything goes to stderr: stdout stays for the result.
 */
export class ProgressReporter {
  private lastState: string | undefined;

  constructor(private readonly io: CliIo) {}

  update({ fraction, state, detail }: ProgressUpdate): void {
    if (this.io.status) {
      this.io.status(renderProgressBar(fraction, `${state}${describeDetail(detail)}`, this.io.columns));
    } else if (state !== this.lastState) {
      this.io.err(state);
    }
    this.lastState = state;
  }

  done(): void {
    this.io.status?.('');
  }
}

/** The download facts yt-dlp reports (bytes, speed, eta) and a step's phase, short. */
export function describeDetail(detail: Record<string, unknown> | undefined): string {
  if (!detail) return '';
  const num = (key: string) => (typeof detail[key] === 'number' ? (detail[key] as number) : undefined);
  const facts: string[] = [];
  if (typeof detail['phase'] === 'string') facts.push(detail['phase']);
  const done = num('downloadedBytes');
  const total = num('totalBytes');
  if (done !== undefined) facts.push(total ? `${mib(done)}/${mib(total)} MiB` : `${mib(done)} MiB`);
  const speed = num('speedBps');
  if (speed !== undefined) facts.push(`${mib(speed)} MiB/s`);
  const eta = num('etaSeconds');
  if (eta !== undefined) facts.push(`eta ${Math.round(eta)}s`);
  return facts.length ? `  ${facts.join('  ')}` : '';
}

const mib = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
