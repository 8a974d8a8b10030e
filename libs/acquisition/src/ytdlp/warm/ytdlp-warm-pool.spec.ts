import type { ChildProcess } from 'node:child_process';
import { jest } from '@jest/globals';
import { Logger } from '@nestjs/common';
import type { WarmYtDlp, WarmYtDlpSpawner } from './warm-ytdlp.js';
import { YtDlpWarmPool } from './ytdlp-warm-pool.js';

/** A warm process whose start-up the test settles by hand. */
class FakeWarm implements WarmYtDlp {
  readonly ready: Promise<void>;
  readonly pid = undefined;
  alive = true;
  killed = false;
  startedWith: readonly string[] | undefined;
  private settle!: { resolve: () => void; reject: (error: Error) => void };
  private readonly exitListeners: (() => void)[] = [];

  constructor(readonly program: string) {
    this.ready = new Promise<void>((resolve, reject) => (this.settle = { resolve, reject }));
    this.ready.catch(() => undefined);
  }

  becomeReady(): void {
    this.settle.resolve();
  }

  failToStart(why: string): void {
    this.exit();
    this.settle.reject(new Error(why));
  }

  exit(): void {
    this.alive = false;
    for (const listener of this.exitListeners.splice(0)) listener();
  }

  start(argv: readonly string[]): ChildProcess {
    this.startedWith = argv;
    return {} as ChildProcess;
  }

  kill(): void {
    this.killed = true;
    this.exit();
    this.settle.reject(new Error('killed'));
  }

  onExit(listener: () => void): void {
    this.exitListeners.push(listener);
  }
}

class FakeSpawner implements WarmYtDlpSpawner {
  readonly spawned: FakeWarm[] = [];
  readonly forgotten: string[] = [];

  spawn(program: string): WarmYtDlp {
    const warm = new FakeWarm(program);
    this.spawned.push(warm);
    return warm;
  }

  forget(program: string): void {
    this.forgotten.push(program);
  }

  get last(): FakeWarm {
    return this.spawned.at(-1)!;
  }
}

function setup(enabled = true) {
  const spawner = new FakeSpawner();
  const pool = new YtDlpWarmPool({ enabled, program: '/data/bin/yt-dlp' }, spawner);
  return { pool, spawner };
}

/** Lets the pool's reactions to a settled start-up run. */
const settled = () => new Promise((resolve) => setImmediate(resolve));

describe('YtDlpWarmPool', () => {
  it('starts one yt-dlp of the configured program ahead, at boot', () => {
    const { pool, spawner } = setup();
    pool.onApplicationBootstrap();
    expect(spawner.spawned.map((warm) => warm.program)).toEqual(['/data/bin/yt-dlp']);
  });

  it('hands out the waiting one once ready and starts the next one', async () => {
    const { pool, spawner } = setup();
    pool.onApplicationBootstrap();
    const first = spawner.last;
    first.becomeReady();
    expect(await pool.take()).toBe(first);
    expect(spawner.spawned).toHaveLength(2);
    spawner.last.becomeReady();
    expect(await pool.take()).toBe(spawner.spawned[1]);
    expect(spawner.spawned).toHaveLength(3);
  });

  it('waits for a taken one still loading rather than starting yt-dlp cold', async () => {
    const { pool, spawner } = setup();
    pool.onApplicationBootstrap();
    const taking = pool.take();
    expect(spawner.spawned).toHaveLength(1);
    spawner.last.becomeReady();
    expect(await taking).toBe(spawner.spawned[0]);
  });

  it('answers cold when nothing waits, and starts one for the next download', async () => {
    const { pool, spawner } = setup();
    expect(await pool.take()).toBeUndefined();
    expect(spawner.spawned).toHaveLength(1);
  });

  it('never spawns when switched off, and says why downloads start cold', async () => {
    const { pool, spawner } = setup(false);
    pool.onApplicationBootstrap();
    expect(await pool.take()).toBeUndefined();
    expect(spawner.spawned).toHaveLength(0);
    expect(pool.coldReason).toBe('TRUETRACK_YTDLP_WARM is off');
  });

  it('falls back to cold starts for good when the launcher cannot import yt_dlp, and says so once', async () => {
    const warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    const { pool, spawner } = setup();
    pool.onApplicationBootstrap();
    spawner.last.failToStart('cannot import yt_dlp for /data/bin/yt-dlp (ModuleNotFoundError: yt_dlp)');
    await settled();
    expect(pool.coldReason).toMatch(/ModuleNotFoundError/);
    expect(await pool.take()).toBeUndefined();
    expect(await pool.take()).toBeUndefined();
    expect(spawner.spawned).toHaveLength(1);
    expect(warn.mock.calls.map(([message]) => message)).toEqual([
      'yt-dlp cannot be kept started ahead, so each download starts it anew: ' +
        'cannot import yt_dlp for /data/bin/yt-dlp (ModuleNotFoundError: yt_dlp)',
    ]);
    warn.mockRestore();
  });

  it('falls back to cold when the one it took fails to start', async () => {
    const { pool, spawner } = setup();
    pool.onApplicationBootstrap();
    const taking = pool.take();
    spawner.last.failToStart('/data/bin/yt-dlp is not a Python script or zipapp');
    expect(await taking).toBeUndefined();
    expect(pool.coldReason).toBe('/data/bin/yt-dlp is not a Python script or zipapp');
    expect(spawner.spawned).toHaveLength(1);
  });

  it('tells when a loaded yt-dlp waits, and when none will', async () => {
    const { pool, spawner } = setup();
    expect(await pool.waitingReady()).toBe(false);
    pool.onApplicationBootstrap();
    const asked = pool.waitingReady();
    spawner.last.becomeReady();
    expect(await asked).toBe(true);
    spawner.last.exit();
    expect(await pool.waitingReady()).toBe(false);
  });

  it('does not hand out one that died while waiting', async () => {
    const { pool, spawner } = setup();
    pool.onApplicationBootstrap();
    spawner.last.becomeReady();
    await settled();
    spawner.last.exit();
    expect(await pool.take()).toBeUndefined();
    expect(pool.coldReason).toBeUndefined();
    expect(spawner.spawned).toHaveLength(2);
  });

  it('replaces the waiting one when yt-dlp is updated, and tries again after a failure', async () => {
    const { pool, spawner } = setup();
    pool.onApplicationBootstrap();
    const old = spawner.last;
    old.becomeReady();
    pool.replace();
    expect(old.killed).toBe(true);
    expect(spawner.forgotten).toEqual(['/data/bin/yt-dlp']);
    expect(spawner.spawned).toHaveLength(2);
    spawner.last.failToStart('cannot import yt_dlp');
    await settled();
    expect(pool.coldReason).toBe('cannot import yt_dlp');
    pool.replace();
    expect(pool.coldReason).toBeUndefined();
    spawner.last.becomeReady();
    expect(await pool.take()).toBe(spawner.spawned[2]);
  });

  it('a replaced one failing does not switch the pool off', async () => {
    const { pool, spawner } = setup();
    pool.onApplicationBootstrap();
    pool.replace();
    await settled();
    expect(spawner.spawned[0]!.killed).toBe(true);
    expect(pool.coldReason).toBeUndefined();
  });

  it('kills the waiting one and the one being handed over on shutdown, and starts no more', async () => {
    const { pool, spawner } = setup();
    pool.onApplicationBootstrap();
    const taking = pool.take();
    const handed = spawner.last;
    expect(await pool.take()).toBeUndefined();
    const waiting = spawner.last;
    expect(waiting).not.toBe(handed);
    pool.onModuleDestroy();
    expect(handed.killed).toBe(true);
    expect(waiting.killed).toBe(true);
    expect(await taking).toBeUndefined();
    expect(await pool.take()).toBeUndefined();
    expect(spawner.spawned).toHaveLength(2);
    expect(pool.coldReason).toBeUndefined();
  });
});
