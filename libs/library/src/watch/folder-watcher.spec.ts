import { EventEmitter } from 'node:events';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ChokidarOptions, type FSWatcher, watch } from 'chokidar';
import { pollUntil } from '@app/testing';
import { FolderWatcher, type FolderWatcherOptions, type WatchFunction } from './folder-watcher.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'folder-watcher-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

function options(seen: string[], problems: string[], overrides: Partial<FolderWatcherOptions> = {}) {
  return {
    folder: dir,
    role: 'import' as const,
    settleMs: 200,
    alwaysPoll: false,
    pollIntervalMs: 50,
    onFile: (path: string) => seen.push(path),
    onGone: () => undefined,
    onNewFolder: () => undefined,
    onProblem: (message: string) => problems.push(message),
    now: () => Date.now(),
    ...overrides,
  };
}

/** A watcher that starts and then fails as chokidar does when the inotify table is full. */
function outOfWatches(): FSWatcher {
  const fake = new EventEmitter() as unknown as FSWatcher & { close(): Promise<void> };
  fake.close = async () => undefined;
  setImmediate(() => {
    fake.emit('ready');
    fake.emit(
      'error',
      Object.assign(new Error('ENOSPC: System limit for number of file watchers reached'), { code: 'ENOSPC' }),
    );
  });
  return fake;
}

describe('FolderWatcher', () => {
  it('hands on audio files once they settle, and leaves other and half-written names alone', async () => {
    const seen: string[] = [];
    const watcher = new FolderWatcher(options(seen, []));
    await watcher.start();
    try {
      await writeFile(join(dir, 'notes.txt'), 'x');
      await writeFile(join(dir, 'song.mp3.part'), 'x');
      await writeFile(join(dir, '.hidden.mp3'), 'x');
      await writeFile(join(dir, 'song.mp3'), 'x');
      await pollUntil(
        async () => seen,
        (s) => s.length > 0,
        10_000,
      );
      // A second audio file written after the ignored ones: once it is seen, they would have been too.
      await writeFile(join(dir, 'marker.flac'), 'x');
      await pollUntil(
        async () => seen,
        (s) => s.length >= 2,
        10_000,
      );
      expect(seen.sort()).toEqual([join(dir, 'marker.flac'), join(dir, 'song.mp3')]);
      expect(watcher.status()).toMatchObject({ mode: 'events', status: 'watching', problem: null, filesSeen: 2 });
    } finally {
      await watcher.close();
    }
  });

  it('starts again in polling mode when inotify watches run out, says so, and still sees new files', async () => {
    const seen: string[] = [];
    const problems: string[] = [];
    const calls: ChokidarOptions[] = [];
    const watchFn: WatchFunction = (folder, opts) => {
      calls.push(opts);
      return calls.length === 1 ? outOfWatches() : watch(folder, opts);
    };
    const watcher = new FolderWatcher(options(seen, problems), watchFn);
    await watcher.start();
    try {
      await pollUntil(
        async () => watcher.status(),
        (s) => s.mode === 'polling' && calls.length === 2,
        10_000,
      );
      expect(calls.map((c) => c.usePolling)).toEqual([false, true]);
      expect(watcher.status().problem).toContain('inotify watches ran out (ENOSPC)');
      expect(problems).toEqual([expect.stringContaining(`${dir}: inotify watches ran out (ENOSPC)`)]);
      // Give the polling watcher its first look at the folder before the file appears.
      await pollUntil(
        async () => watcher.status(),
        (s) => s.status === 'watching',
        10_000,
      );
      await new Promise((resolve) => setTimeout(resolve, 200));
      await writeFile(join(dir, 'after.mp3'), 'x');
      await pollUntil(
        async () => seen,
        (s) => s.includes(join(dir, 'after.mp3')),
        10_000,
      );
    } finally {
      await watcher.close();
    }
  });

  it('polls from the start when asked to (network shares)', async () => {
    const calls: ChokidarOptions[] = [];
    const watcher = new FolderWatcher(options([], [], { alwaysPoll: true }), (folder, opts) => {
      calls.push(opts);
      return watch(folder, opts);
    });
    await watcher.start();
    await watcher.close();
    expect(calls[0]?.usePolling).toBe(true);
    expect(watcher.status()).toMatchObject({ mode: 'polling', problem: null, status: 'stopped' });
  });
});
