import { randomUUID } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { Inject, Injectable, Logger } from '@nestjs/common';
import type { LibraryScanDto, LibraryScanRequest } from '@app/contracts';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { ConflictError, NotFoundError, ValidationError } from '@app/core';
import { JobEventBus } from '@app/jobs';
import { CLOCK, type Clock } from '@app/platform';
import { TagReader } from '@app/tagger';
import { LibraryIndex } from '../index-store/library-index.repository.js';
import { locateInsideRoot } from './inside-root.js';
import { MovedTracks } from './moved-tracks.js';
import { ScanProgress } from './scan-progress.js';
import { runScan } from './scan-run.js';
import { ScanState } from './scan-state.js';

/** Files read at the same time: enough to keep the disk and the hash busy while tags are parsed. */
const READ_CONCURRENCY = 8;
/** Rows per transaction: one commit costs far more than a row. */
const BATCH_SIZE = 200;
/** Finished scans kept for `GET /library/scans/:id`. */
const KEPT_RESULTS = 20;

export interface StartedScan {
  scanId: string;
  /** Settles when the scan is over, with its result; never rejects. */
  done: Promise<LibraryScanDto>;
}

/** Scans of the library or a folder in it, one at a time per process; the last results stay in memory. */
@Injectable()
export class LibraryScanner {
  private readonly logger = new Logger(LibraryScanner.name);
  private readonly scans = new Map<string, ScanState>();
  /** Taken before the path is checked, so that two requests cannot both start. */
  private runningId: string | undefined;

  constructor(
    private readonly index: LibraryIndex,
    private readonly reader: TagReader,
    private readonly moves: MovedTracks,
    private readonly bus: JobEventBus,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Checks the path and starts the scan; 409 while another one runs, 400 for a path outside the library. */
  async start(request: LibraryScanRequest = {}): Promise<StartedScan> {
    if (this.runningId) {
      throw new ConflictError(`A library scan is already running: ${this.runningId}`, {
        details: { scanId: this.runningId },
      });
    }
    const id = randomUUID();
    this.runningId = id;
    try {
      const folder = await this.locate(request.path ?? '');
      const state = new ScanState(id, folder.relative, this.clock.now());
      this.remember(state);
      return { scanId: id, done: this.run(state, folder.absolute) };
    } catch (error) {
      this.runningId = undefined;
      throw error;
    }
  }

  /** A running or recent scan. */
  get(id: string): LibraryScanDto {
    const state = this.scans.get(id);
    if (!state) throw new NotFoundError(`No library scan ${id} is known (only the last ${KEPT_RESULTS} are kept)`);
    return state.toDto();
  }

  private async locate(path: string): Promise<{ absolute: string; relative: string }> {
    const found = await locateInsideRoot(this.config.paths.libraryRoot, path);
    if (!found.inside && found.reason === 'missing' && path === '') {
      throw new ValidationError('path', 'path: the library root does not exist on the server (MUSIC_LIBRARY_ROOT)');
    }
    if (!found.inside) {
      const why = {
        outside: 'must be the library root or a folder inside it',
        'link-outside': 'leads outside the library root through a symbolic link',
        missing: 'does not exist in the library',
      }[found.reason];
      throw new ValidationError('path', `path ${why}`);
    }
    if (!(await stat(found.absolute)).isDirectory()) throw new ValidationError('path', 'path must be a folder');
    return found;
  }

  private async run(state: ScanState, folder: string): Promise<LibraryScanDto> {
    const progress = new ScanProgress(state, (event) => this.bus.publish(event), this.clock);
    this.logger.log(`Library scan ${state.id}: started (${state.path || 'whole library'})`);
    try {
      await runScan(state, this.config.paths.libraryRoot, folder, {
        index: this.index,
        reader: this.reader,
        moves: this.moves,
        progress,
        now: () => this.clock.now(),
        readConcurrency: READ_CONCURRENCY,
        batchSize: BATCH_SIZE,
        missingGraceMs: this.config.watch.missingGraceMs,
      });
      state.finish(this.clock.now());
      this.logger.log(`Library scan ${state.id}: done (${summary(state)})`);
    } catch (error) {
      state.finish(this.clock.now(), (error as Error).message);
      this.logger.error(`Library scan ${state.id}: failed (${(error as Error).message})`, (error as Error).stack);
    } finally {
      this.runningId = undefined;
    }
    progress.report();
    return state.toDto();
  }

  private remember(state: ScanState): void {
    this.scans.set(state.id, state);
    for (const id of this.scans.keys()) {
      if (this.scans.size <= KEPT_RESULTS) break;
      this.scans.delete(id);
    }
  }
}

function summary(state: ScanState): string {
  const { seen, indexed, moved, unchanged, missing, removed, failed } = state.counts;
  const ms = (state.finishedAt ?? state.startedAt) - state.startedAt;
  return (
    `${seen} files: ${indexed} indexed (${moved} moved), ${unchanged} unchanged, ${missing} missing, ` +
    `${removed} removed, ${failed} unreadable; ${ms} ms`
  );
}
