import type { Stats } from 'node:fs';
import { basename } from 'node:path';
import type { WatcherStateDto } from '@app/contracts';
import { type ChokidarOptions, type FSWatcher, watch } from 'chokidar';
import { isAudioFileName, isSkippedName } from '../scan/audio-file-names.js';

export interface FolderWatcherOptions {
  folder: string;
  role: WatcherStateDto['role'];
  /** How long a file must stop growing before it is handed on. */
  settleMs: number;
  /** Poll from the start (network shares) rather than only once inotify watches run out. */
  alwaysPoll: boolean;
  pollIntervalMs: number;
  /** A file that settled (new or changed); `settledAt` is when the settle time ended. */
  onFile(path: string, settledAt: number): void;
  /** A file that is gone. */
  onGone(path: string): void;
  /** A folder that appeared: files written into it before its watch was in place send no event. */
  onNewFolder(path: string): void;
  onProblem(message: string): void;
  now(): number;
}

/** chokidar's `watch`, replaceable in tests that make it fail as a full inotify table does. */
export type WatchFunction = (folder: string, options: ChokidarOptions) => FSWatcher;

/** inotify watches (or instances) ran out: events cannot follow this tree, polling can. */
const OUT_OF_WATCHES = new Set(['ENOSPC', 'EMFILE']);

/**
 * One watched folder: chokidar with a settle time (`awaitWriteFinish`), only audio files and never names of
 * files still being written. When the system runs out of inotify watches it starts again in polling mode and
 * says so in its state.
 */
export class FolderWatcher {
  private watcher: FSWatcher | undefined;
  private readonly state: WatcherStateDto;
  private closed = false;

  constructor(
    private readonly options: FolderWatcherOptions,
    private readonly watchFn: WatchFunction = watch,
  ) {
    this.state = {
      folder: options.folder,
      role: options.role,
      mode: options.alwaysPoll ? 'polling' : 'events',
      status: 'starting',
      problem: null,
      since: new Date(options.now()).toISOString(),
      filesSeen: 0,
    };
  }

  /** Resolves once the initial walk of the tree is done (events from then on are changes). */
  start(): Promise<void> {
    return this.open(this.state.mode === 'polling');
  }

  status(): WatcherStateDto {
    return { ...this.state };
  }

  async close(): Promise<void> {
    this.closed = true;
    this.state.status = 'stopped';
    await this.watcher?.close();
    this.watcher = undefined;
  }

  private open(polling: boolean): Promise<void> {
    const { settleMs, pollIntervalMs } = this.options;
    const watcher = this.watchFn(this.options.folder, {
      ignoreInitial: true,
      persistent: true,
      usePolling: polling,
      interval: pollIntervalMs,
      binaryInterval: pollIntervalMs,
      awaitWriteFinish: { stabilityThreshold: settleMs, pollInterval: Math.max(50, Math.min(1000, settleMs / 4)) },
      ignored: (path: string, stats?: Stats) => ignored(path, stats),
    });
    this.watcher = watcher;
    watcher.on('add', (path) => this.settled(path));
    watcher.on('change', (path) => this.settled(path));
    watcher.on('unlink', (path) => this.options.onGone(path));
    watcher.on('addDir', (path) => this.options.onNewFolder(path));
    watcher.on('error', (error) => void this.failed(watcher, error as NodeJS.ErrnoException));
    return new Promise((resolve) => {
      watcher.once('ready', () => {
        if (this.watcher === watcher && this.state.status === 'starting') this.state.status = 'watching';
        resolve();
      });
    });
  }

  private settled(path: string): void {
    this.state.filesSeen += 1;
    this.options.onFile(path, this.options.now());
  }

  private async failed(watcher: FSWatcher, error: NodeJS.ErrnoException): Promise<void> {
    if (this.closed || this.watcher !== watcher) return;
    if (this.state.mode === 'events' && error.code && OUT_OF_WATCHES.has(error.code)) {
      this.state.mode = 'polling';
      this.state.problem =
        `inotify watches ran out (${error.code}): polling every ${this.options.pollIntervalMs} ms instead; ` +
        'raise fs.inotify.max_user_watches to watch with events';
      this.options.onProblem(`${this.options.folder}: ${this.state.problem}`);
      this.watcher = undefined;
      await watcher.close();
      if (!this.closed) await this.open(true);
      return;
    }
    this.options.onProblem(`${this.options.folder}: ${error.message}`);
  }
}

/** Folders are walked; of files, only audio that is not hidden and not still being written by its name. */
function ignored(path: string, stats?: Stats): boolean {
  const name = basename(path);
  if (isSkippedName(name)) return true;
  if (!stats) return false;
  return stats.isFile() && !isAudioFileName(name);
}
