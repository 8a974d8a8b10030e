import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Test } from '@nestjs/testing';
import { RetryableError } from '@app/core';
import { ProcessRunner, SystemClock } from '@app/platform';
import { pollUntil } from '@app/testing';
import type { YtDlpProgress } from '../src/ytdlp/parse-ytdlp-progress.js';
import { YtDlpRunner } from '../src/ytdlp/ytdlp.runner.js';
import { YtDlpWarnings } from '../src/ytdlp/ytdlp-warnings.js';
import { WarmYtDlpProcessSpawner } from '../src/ytdlp/warm/warm-ytdlp-process.js';
import { WARM_YTDLP_SPAWNER, type WarmYtDlp, type WarmYtDlpSpawner } from '../src/ytdlp/warm/warm-ytdlp.js';
import { YTDLP_WARM_OPTIONS, YtDlpWarmPool } from '../src/ytdlp/warm/ytdlp-warm-pool.js';
import { type FileServer, routePacedOpus, startYtDlpFileServer } from './support/ytdlp-file-server.js';

let root: string;
/** The system's yt-dlp under a name only this file uses, so `pgrep -f` finds this file's processes only. */
let program: string;
let server: FileServer;
let opus: Buffer;
let runCount = 0;

/** The real spawner, remembering what it spawned and which of those were handed a download. */
class RecordingSpawner implements WarmYtDlpSpawner {
  readonly spawned: WarmYtDlp[] = [];
  readonly started: WarmYtDlp[] = [];
  private readonly real = new WarmYtDlpProcessSpawner();

  spawn(path: string): WarmYtDlp {
    const warm = this.real.spawn(path);
    const started = this.started;
    this.spawned.push(warm);
    return new Proxy(warm, {
      get(target, key) {
        if (key === 'start') return (argv: readonly string[]) => (started.push(target), target.start(argv));
        const value = Reflect.get(target, key, target) as unknown;
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
  }

  forget(path: string): void {
    this.real.forget(path);
  }
}

function outputDir(): string {
  const dir = join(root, `out-${++runCount}`);
  mkdirSync(dir);
  return dir;
}

function cold(): YtDlpRunner {
  return new YtDlpRunner(
    new ProcessRunner(),
    { binary: program, timeoutMs: 30_000 },
    new YtDlpWarnings(new SystemClock()),
  );
}

function warm(path = program) {
  const spawner = new RecordingSpawner();
  const pool = new YtDlpWarmPool({ enabled: true, program: path }, spawner);
  pool.onApplicationBootstrap();
  const warnings = new YtDlpWarnings(new SystemClock());
  const runner = new YtDlpRunner(new ProcessRunner(), { binary: path, timeoutMs: 30_000 }, warnings, pool);
  return { runner, pool, spawner };
}

function groupAlive(pid: number | undefined): boolean {
  if (pid === undefined) return false;
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

const runningPrograms = () => spawnSync('pgrep', ['-f', program]).stdout.toString().trim();

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'tt-ytdlp-warm-'));
  mkdirSync(join(root, 'bin'));
  program = join(root, 'bin', 'yt-dlp');
  symlinkSync(execFileSync('which', ['yt-dlp']).toString().trim(), program);
  const tone = join(root, 'tone.opus');
  execFileSync('ffmpeg', [
    '-loglevel',
    'error',
    '-f',
    'lavfi',
    '-i',
    'sine=frequency=440:duration=5',
    '-c:a',
    'libopus',
    tone,
  ]);
  opus = readFileSync(tone);
  server = await startYtDlpFileServer();
  routePacedOpus(server, opus);
});

afterAll(async () => {
  await server?.close();
  rmSync(root, { recursive: true, force: true });
});

const PROGRESS_FIELDS = ['downloadedBytes', 'totalBytes', 'fraction', 'speedBps', 'etaSeconds'];

describe('a warm yt-dlp, with the real yt-dlp', () => {
  it('downloads the same file with the same progress and info as a cold start', async () => {
    const { runner, pool, spawner } = warm();
    try {
      const download = async (sut: YtDlpRunner) => {
        const seen: YtDlpProgress[] = [];
        const dir = outputDir();
        const result = await sut.download(
          { url: `${server.url}/slow.opus`, outputDir: dir },
          { onProgress: (p) => seen.push(p) },
        );
        return { result, seen, dir, files: readdirSync(dir) };
      };
      const warmRun = await download(runner);
      const coldRun = await download(cold());
      expect(spawner.started).toHaveLength(1);
      expect(readFileSync(warmRun.result.filePath).equals(opus)).toBe(true);
      expect(warmRun.result.filePath).toBe(join(warmRun.dir, 'slow.opus'));
      expect(coldRun.result.filePath).toBe(join(coldRun.dir, 'slow.opus'));
      expect(warmRun.files).toEqual(coldRun.files);
      expect(warmRun.result.bytes).toBe(coldRun.result.bytes);
      expect(warmRun.result.info).toEqual(coldRun.result.info);
      for (const run of [warmRun, coldRun]) {
        expect(run.seen.length).toBeGreaterThanOrEqual(3);
        const downloaded = run.seen.map((progress) => progress.downloadedBytes);
        expect(downloaded).toEqual([...downloaded].sort((a, b) => a - b));
      }
      // Speed and ETA are measured, so only their presence can match; which early lines carry them depends on
      // timing (yt-dlp leaves them out until it has measured them). Every line carries the byte counts.
      const shape = ({ speedBps, etaSeconds, ...rest }: YtDlpProgress) => ({
        ...rest,
        speedBps: typeof speedBps,
        etaSeconds: typeof etaSeconds,
      });
      for (const progress of [...warmRun.seen, ...coldRun.seen]) {
        expect(Object.keys(progress)).toEqual(expect.arrayContaining(['downloadedBytes', 'totalBytes', 'fraction']));
        expect(PROGRESS_FIELDS).toEqual(expect.arrayContaining(Object.keys(progress)));
      }
      expect(shape(warmRun.seen.at(-1)!)).toEqual(shape(coldRun.seen.at(-1)!));
      expect(warmRun.seen.at(-1)).toMatchObject({ downloadedBytes: opus.length, totalBytes: opus.length, fraction: 1 });
    } finally {
      pool.onModuleDestroy();
    }
  });

  it('stops the warm process group when cancelled mid-download and removes the partial file', async () => {
    const { runner, pool, spawner } = warm();
    try {
      const dir = outputDir();
      const controller = new AbortController();
      const download = runner.download(
        { url: `${server.url}/crawl.opus`, outputDir: dir },
        {
          signal: controller.signal,
          onProgress: (progress) => {
            if (progress.downloadedBytes >= 2048) controller.abort(new Error('user cancelled'));
          },
        },
      );
      await expect(download).rejects.toMatchObject({ name: 'AbortError' });
      expect(spawner.started).toHaveLength(1);
      expect(groupAlive(spawner.started[0]!.pid)).toBe(false);
      expect(readdirSync(dir)).toEqual([]);
    } finally {
      pool.onModuleDestroy();
    }
  });

  it('classifies a failing URL exactly as a cold start does', async () => {
    const { runner, pool, spawner } = warm();
    try {
      const fail = (sut: YtDlpRunner) =>
        sut.download({ url: `${server.url}/fail.opus`, outputDir: outputDir() }).then(
          () => undefined,
          (e: unknown) => e as RetryableError,
        );
      const warmError = (await fail(runner))!;
      const coldError = (await fail(cold()))!;
      expect(spawner.started).toHaveLength(1);
      expect(warmError).toBeInstanceOf(RetryableError);
      expect(coldError).toBeInstanceOf(RetryableError);
      expect(warmError.message).toBe(coldError.message);
      expect(warmError.message).toContain('HTTP Error 500');
      expect(warmError.details).toEqual(coldError.details);
      expect(warmError.details).toMatchObject({ kind: 'http-5xx', exitCode: 1 });
    } finally {
      pool.onModuleDestroy();
    }
  });

  it('downloads cold, and says why, when the program cannot be kept warm', async () => {
    const wrapper = join(root, 'bin', 'yt-dlp-wrapper');
    writeFileSync(wrapper, `#!/bin/sh\nexec ${program} "$@"\n`, { mode: 0o755 });
    const { runner, pool, spawner } = warm(wrapper);
    try {
      const dir = outputDir();
      const result = await runner.download({ url: `${server.url}/slow.opus`, outputDir: dir });
      expect(readFileSync(result.filePath).equals(opus)).toBe(true);
      expect(spawner.started).toHaveLength(0);
      expect(pool.coldReason).toBe(`${wrapper} is run by /bin/sh, not by Python`);
    } finally {
      pool.onModuleDestroy();
    }
  });

  it('leaves no yt-dlp behind when the app closes', async () => {
    const app = await Test.createTestingModule({
      providers: [
        { provide: YTDLP_WARM_OPTIONS, useValue: { enabled: true, program } },
        { provide: WARM_YTDLP_SPAWNER, useClass: WarmYtDlpProcessSpawner },
        YtDlpWarmPool,
      ],
    }).compile();
    await app.init();
    const running = await pollUntil(
      async () => runningPrograms(),
      (pids) => pids !== '',
      30_000,
    );
    const pids = running.split('\n').map(Number);
    await app.close();
    await pollUntil(
      async () => pids.filter(groupAlive),
      (alive) => alive.length === 0,
      30_000,
    );
    expect(runningPrograms()).toBe('');
  });
});
