import type { LibraryScanEvent } from '@app/contracts';
import type { Clock } from '@app/platform';
import type { ScanState } from './scan-state.js';

/** Progress goes out at most this often, so a fast scan does not flood the event stream. */
export const PROGRESS_INTERVAL_MS = 250;

/** Publishes a scan's progress: at once when its phase changes, otherwise at most every PROGRESS_INTERVAL_MS. */
export class ScanProgress {
  private lastAt = Number.NEGATIVE_INFINITY;
  private lastPhase: string | undefined;

  constructor(
    private readonly state: ScanState,
    private readonly publish: (event: LibraryScanEvent) => void,
    private readonly clock: Clock,
  ) {}

  report(): void {
    const now = this.clock.now();
    if (this.state.phase === this.lastPhase && now - this.lastAt < PROGRESS_INTERVAL_MS) return;
    this.lastAt = now;
    this.lastPhase = this.state.phase;
    this.publish(this.state.toEvent());
  }
}
