import type {
  LibraryScanCounts,
  LibraryScanDto,
  LibraryScanEvent,
  LibraryScanPhase,
  UnreadableFileDto,
} from '@app/contracts';

/** A scan result keeps this many unreadable files; `counts.failed` still counts them all. */
export const MAX_LISTED_UNREADABLE = 1_000;

/** What one scan did so far; mutated by the scan as it goes, read by the API and the event stream. */
export class ScanState {
  phase: LibraryScanPhase = 'walking';
  readonly counts: LibraryScanCounts = {
    seen: 0,
    indexed: 0,
    moved: 0,
    unchanged: 0,
    missing: 0,
    removed: 0,
    failed: 0,
  };
  total: number | null = null;
  error: string | null = null;
  finishedAt: number | null = null;
  private readonly unreadable: UnreadableFileDto[] = [];

  constructor(
    readonly id: string,
    /** Relative to the library root; `''` for the root. */
    readonly path: string,
    readonly startedAt: number,
  ) {}

  get running(): boolean {
    return this.finishedAt === null;
  }

  addUnreadable(file: UnreadableFileDto): void {
    this.counts.failed += 1;
    if (this.unreadable.length < MAX_LISTED_UNREADABLE) this.unreadable.push(file);
  }

  finish(at: number, error?: string): void {
    this.phase = error === undefined ? 'done' : 'failed';
    this.error = error ?? null;
    this.finishedAt = at;
  }

  toDto(): LibraryScanDto {
    return {
      id: this.id,
      path: this.path,
      status: this.running ? 'running' : this.phase === 'failed' ? 'failed' : 'done',
      phase: this.phase,
      counts: { ...this.counts },
      total: this.total,
      unreadable: [...this.unreadable],
      error: this.error,
      startedAt: new Date(this.startedAt).toISOString(),
      finishedAt: this.finishedAt === null ? null : new Date(this.finishedAt).toISOString(),
      durationMs: this.finishedAt === null ? null : this.finishedAt - this.startedAt,
    };
  }

  toEvent(): LibraryScanEvent {
    return {
      type: 'library.scan',
      scanId: this.id,
      phase: this.phase,
      ...this.counts,
      ...(this.total === null ? {} : { total: this.total }),
    };
  }
}
