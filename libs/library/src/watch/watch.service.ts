import { mkdir } from 'node:fs/promises';
import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
  Optional,
} from '@nestjs/common';
import type { WatchRescanDto, WatchStatusDto } from '@app/contracts';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { CLOCK, type Clock, ScheduledTasks } from '@app/platform';
import { LibraryIndex } from '../index-store/library-index.repository.js';
import { importRoots } from '../import/import-source.js';
import { walkLibrary } from '../scan/walk-library.js';
import { FolderWatcher, type WatchFunction } from './folder-watcher.js';
import { FreshRun } from './fresh-run.js';
import { ImportIntake } from './import-intake.service.js';
import { KeyedQueue } from './keyed-queue.js';
import { LibraryFollower } from './library-follower.service.js';
import { rescan } from './watch-rescan.js';
import { WatchLedger } from './watch-ledger.repository.js';

/** Walks of a new folder while files in it are still being written. */
const MAX_FOLDER_SWEEPS = 20;
/** Rejected files listed on the System page. */
const REJECTED_SHOWN = 20;

/** A test can hand the watchers a `watch` that fails as a full inotify table does. */
export const WATCH_FUNCTION = Symbol('truetrack:watch-function');

/** One thing the watchers want said in the health notifications; `key` stays the same while it lasts. */
export interface WatchProblem {
  key: string;
  message: string;
}

/**
 * The watch folders: a watcher per import folder (new files → import jobs) and one on the library root
 * (changes by hand → index), a rescan at start and on TRUETRACK_WATCH_RESCAN_SCHEDULE as the safety net, and the
 * state of it all for the System page and the health notifications. Runs in the process that serves the API.
 */
@Injectable()
export class WatchService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(WatchService.name);
  private readonly watchers: FolderWatcher[] = [];
  private readonly queue: KeyedQueue;
  private readonly problems = new Map<string, string>();
  private lastRescanAt: number | null = null;
  private readonly rescans = new FreshRun(() => this.rescanOnce());
  private started = false;
  private stopping = false;

  constructor(
    private readonly intake: ImportIntake,
    private readonly follower: LibraryFollower,
    private readonly index: LibraryIndex,
    private readonly ledger: WatchLedger,
    private readonly tasks: ScheduledTasks,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
    @Optional() @Inject(WATCH_FUNCTION) private readonly watchFn?: WatchFunction,
  ) {
    this.queue = new KeyedQueue(config.watch.checkConcurrency, (path, error) =>
      this.logger.warn(`Watch: ${path} could not be handled: ${error.message}`),
    );
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.watch.enabled || this.config.queue.role === 'worker') return;
    this.started = true;
    await this.startWatchers();
    this.tasks.add(
      'watch-rescan',
      this.config.watch.rescanSchedule,
      'Rescan the import folders and the library for what the watchers missed; remove tracks missing too long',
      () => this.rescanNow(),
    );
    // What arrived while TrueTrack was down (or was killed mid-burst) is picked up at once.
    void this.rescanNow().catch((error: Error) => this.logger.error(`Watch rescan at start failed: ${error.message}`));
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopping = true;
    await Promise.all(this.watchers.map((watcher) => watcher.close()));
    await this.rescans.settled();
    await this.queue.idle();
  }

  /** A rescan that sees the folders as they are now: while one is under way, the one that starts after it. */
  rescanNow(): Promise<WatchRescanDto> {
    return this.rescans.run();
  }

  private async rescanOnce(): Promise<WatchRescanDto> {
    if (this.stopping) throw new Error('TrueTrack is stopping');
    const result = await rescan({
      intake: this.intake,
      follower: this.follower,
      index: this.index,
      ledger: this.ledger,
      importFolders: this.config.library.importDirs,
      libraryRoot: this.config.paths.libraryRoot,
      missingGraceMs: this.config.watch.missingGraceMs,
      now: () => this.clock.now(),
      enqueue: (path, work) => this.run(path, work),
    });
    this.lastRescanAt = this.clock.now();
    this.logger.log(`Watch rescan: ${JSON.stringify(result)}`);
    return result;
  }

  /** Resolves when no file waits to be handled. */
  idle(): Promise<void> {
    return this.queue.idle();
  }

  /** Delays from the end of a file's settle time to its import job, in order. */
  settleToJobDelays(): number[] {
    return [...this.intake.settleToJobMs];
  }

  async status(): Promise<WatchStatusDto> {
    const { enabled, settleMs, polling, rename } = this.config.watch;
    const [importFiles, rejected, missingTracks] = await Promise.all([
      this.ledger.countByState(),
      this.ledger.rejected(REJECTED_SHOWN),
      this.index.countMissing(),
    ]);
    return {
      enabled: enabled && this.started,
      settleMs,
      polling,
      rename,
      watchers: this.watchers.map((watcher) => watcher.status()),
      importFiles,
      rejected: rejected.map((entry) => ({
        path: entry.path,
        reason: entry.reason ?? '',
        at: new Date(entry.updatedAt).toISOString(),
      })),
      missingTracks,
      lastRescanAt: this.lastRescanAt === null ? null : new Date(this.lastRescanAt).toISOString(),
    };
  }

  /**
   * What the health notifications should say: watchers that fell back to polling, files that were not
   * imported, tracks gone missing. Each problem is said once while it lasts, which rate-limits the messages.
   */
  async healthProblems(): Promise<WatchProblem[]> {
    if (!this.started) return [];
    const found: WatchProblem[] = [];
    for (const watcher of this.watchers) {
      const state = watcher.status();
      if (state.problem)
        found.push({
          key: `watch:${state.folder}:${state.mode}`,
          message: `Watch folder ${state.folder}: ${state.problem}`,
        });
    }
    const rejected = await this.ledger.rejected(REJECTED_SHOWN);
    for (const entry of rejected) {
      found.push({
        key: `watch:rejected:${entry.path}:${entry.updatedAt}`,
        message: `Not imported: ${entry.path} ${entry.reason ?? ''}`.trim(),
      });
    }
    const missing = await this.index.countMissing();
    if (missing > 0) {
      found.push({
        key: `watch:missing:${missing}`,
        message: `${missing} library track(s) have no file any more; they are removed after the grace period`,
      });
    }
    for (const [key, message] of this.problems) found.push({ key, message });
    return found;
  }

  private async startWatchers(): Promise<void> {
    const { settleMs, polling, pollIntervalMs } = this.config.watch;
    const libraryRoot = this.config.paths.libraryRoot;
    const folders = importRoots(this.config).map((folder) => ({
      folder,
      role: folder === libraryRoot ? ('library' as const) : ('import' as const),
    }));
    for (const { folder, role } of folders) {
      await mkdir(folder, { recursive: true });
      const watcher = new FolderWatcher(
        {
          folder,
          role,
          settleMs,
          alwaysPoll: polling === 'always',
          pollIntervalMs,
          now: () => this.clock.now(),
          onFile: (path, settledAt) =>
            void this.run(path, () =>
              role === 'import' ? this.intake.intake(path, settledAt) : this.follower.fileSettled(path),
            ),
          onGone: (path) => {
            if (role === 'library') void this.run(path, () => this.follower.fileGone(path));
          },
          onNewFolder: (path) => this.sweepLater(folder, path, role, 0),
          onProblem: (message) => {
            this.logger.warn(`Watch: ${message}`);
            this.problems.set(`watch:problem:${message}`, message);
          },
        },
        this.watchFn,
      );
      this.watchers.push(watcher);
      await watcher.start();
    }
    this.logger.log(`Watching ${folders.map((f) => f.folder).join(', ')}`);
  }

  /**
   * A new folder is walked once its files have settled: files created in it before chokidar's watch on it was
   * in place send no event (seen in bursts of `mkdir -p` and copies under load). Files still young are left to
   * their events and to the next walk; the ledger and the index make a file seen twice one job, one row.
   */
  private sweepLater(root: string, folder: string, role: 'import' | 'library', attempt: number): void {
    const { settleMs } = this.config.watch;
    const timer = setTimeout(() => {
      void this.sweep(root, folder, role, attempt).catch((error: Error) =>
        this.logger.warn(`Watch: walking new folder ${folder} failed: ${error.message}`),
      );
    }, settleMs * 2);
    timer.unref();
  }

  private async sweep(root: string, folder: string, role: 'import' | 'library', attempt: number): Promise<void> {
    if (!this.started || this.stopping) return;
    const walk = await walkLibrary(root, folder).catch(() => undefined);
    if (!walk) return;
    const settledBefore = this.clock.now() - this.config.watch.settleMs;
    let young = 0;
    for (const file of walk.files) {
      if (file.mtimeMs > settledBefore) {
        young += 1;
        continue;
      }
      // It settled when its last write was a settle time old, not when this walk found it.
      const settledAt = file.mtimeMs + this.config.watch.settleMs;
      void this.run(file.absolute, () =>
        role === 'import' ? this.intake.intake(file.absolute, settledAt) : this.follower.fileSettled(file.absolute),
      );
    }
    if (young > 0 && attempt < MAX_FOLDER_SWEEPS) this.sweepLater(root, folder, role, attempt + 1);
  }

  private run(path: string, work: () => Promise<unknown>): Promise<void> {
    return this.queue.push(path, work);
  }
}
