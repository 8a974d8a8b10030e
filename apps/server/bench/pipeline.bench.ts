// The whole track pipeline on loopback: N clear requests against the fake music world (real yt-dlp, ffmpeg,
// fpcalc), `original` output policy; jobs per minute and the median time of each state from the job histories.
// Once with the embedded worker, once with two worker processes over Redis (when `--redis` is given). Run through
// `node scripts/bench.mjs pipeline [--jobs N]`, which builds dist-test and starts the Redis.
import 'reflect-metadata';
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { type AppConfig, loadConfig } from '@app/config';
import { type JobDto, type JobEventDto, JobState, JobStatus } from '@app/contracts';
import { WORK_STATES } from '@app/core';
import { type FakeMusicWorld, makeFakeSongs, startFakeMusicWorld, TEST_API_KEY } from '@app/testing';
import { createApp } from '../src/create-app.js';
import { formatTable, median, type RunFigures, stateDurations } from './pipeline-figures.js';

const STATES = WORK_STATES;
const WORKER_SCRIPT = new URL('../src/worker.js', import.meta.url).pathname;

function option(name: string): string | undefined {
  const args = process.argv.slice(2);
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : undefined;
}

/** Settings of one run, as environment variables so a worker process reads exactly the same. */
function runEnv(world: FakeMusicWorld, dataDir: string, redisUrl?: string): Record<string, string> {
  return {
    ...world.env,
    TRUETRACK_DATA_DIR: dataDir,
    MUSIC_LIBRARY_ROOT: join(dataDir, 'library'),
    DATABASE_URL: process.env['DATABASE_URL'] ?? `sqlite:${join(dataDir, 'truetrack.db')}`,
    TRUETRACK_OUTPUT_POLICY: 'original',
    TRUETRACK_LOG_LEVEL: 'error',
    TRUETRACK_API_KEY: TEST_API_KEY,
    TRUETRACK_POLL_MS: '50',
    TRUETRACK_PROVIDER_CACHE_HOURS: '0',
    ...(redisUrl && { REDIS_URL: redisUrl }),
  };
}

async function startApi(
  env: Record<string, string>,
  role: 'all' | 'api',
): Promise<{ app: INestApplication; url: string }> {
  const loaded = loadConfig({ ...env, TRUETRACK_ROLE: role });
  mkdirSync(loaded.paths.libraryRoot, { recursive: true });
  const config: AppConfig = { ...loaded, server: { ...loaded.server, host: '127.0.0.1', port: 0 } };
  const app = await createApp(config, {});
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as { port: number };
  return { app, url: `http://127.0.0.1:${port}` };
}

/** A worker process on the same database and Redis, resolved once it says it has started. */
async function startWorker(env: Record<string, string>): Promise<ChildProcess> {
  const child = spawn(process.execPath, [WORKER_SCRIPT], {
    // Info level, so that the worker announces when it is ready; its other lines are dropped.
    env: { ...process.env, ...env, TRUETRACK_ROLE: 'worker', TRUETRACK_LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    let seen = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      seen = (seen + chunk.toString('utf8')).slice(-4096);
      if (seen.includes('Worker started')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`a worker exited with ${code} before it started`)));
  });
  return child;
}

async function json<T>(url: string, init?: RequestInit): Promise<T> {
  const response = await fetch(url, {
    ...init,
    headers: { 'content-type': 'application/json', 'x-api-key': TEST_API_KEY },
  });
  if (!response.ok) throw new Error(`${init?.method ?? 'GET'} ${url}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

const ENDED = new Set<string>([JobStatus.Success, JobStatus.Error, JobStatus.Cancelled]);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Requests every song of the world by "Artist - Title" and waits until all jobs have ended. */
async function runJobs(label: string, baseUrl: string, world: FakeMusicWorld): Promise<RunFigures> {
  const started = performance.now();
  const created = await Promise.all(
    world.songs.map((song) =>
      json<JobDto>(`${baseUrl}/jobs`, {
        method: 'POST',
        body: JSON.stringify({ query: `${song.artists.join(', ')} - ${song.title}` }),
      }),
    ),
  );
  const pending = new Set(created.map((job) => job.id));
  const done: JobDto[] = [];
  while (pending.size) {
    for (const id of [...pending]) {
      const job = await json<JobDto>(`${baseUrl}/api/v1/jobs/${id}`);
      if (job.state === JobState.UserIntentSelection || job.state === JobState.UserMetadataSelection) {
        throw new Error(`${label}: job ${id} (${job.query}) waits for a person in ${job.state}`);
      }
      if (ENDED.has(job.status)) {
        pending.delete(id);
        done.push(job);
      }
    }
    await sleep(100);
  }
  const wallMs = performance.now() - started;
  const perState = new Map<string, number[]>();
  for (const job of done) {
    const history = await json<JobEventDto[]>(`${baseUrl}/api/v1/jobs/${job.id}/history`);
    for (const [state, ms] of stateDurations(history)) perState.set(state, [...(perState.get(state) ?? []), ms]);
  }
  const failed = done.filter((job) => job.status !== JobStatus.Success);
  for (const job of failed.slice(0, 3))
    console.error(`${label}: ${job.query} ended ${job.state}: ${job.error?.message}`);
  return {
    label,
    jobs: done.length,
    succeeded: done.length - failed.length,
    wallMs,
    medianMs: new Map([...perState].map(([state, values]) => [state, median(values)])),
  };
}

async function inProcessRun(jobs: number): Promise<RunFigures> {
  const world = await startFakeMusicWorld({ songs: makeFakeSongs(jobs) });
  const dataDir = mkdtempSync(join(tmpdir(), 'truetrack-bench-pipeline-'));
  const { app, url } = await startApi(runEnv(world, dataDir), 'all');
  try {
    return await runJobs('1 in-process worker', url, world);
  } finally {
    await app.close();
    await world.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function redisRun(jobs: number, redisUrl: string): Promise<RunFigures> {
  const world = await startFakeMusicWorld({ songs: makeFakeSongs(jobs) });
  const dataDir = mkdtempSync(join(tmpdir(), 'truetrack-bench-pipeline-'));
  const env = runEnv(world, dataDir, redisUrl);
  const { app, url } = await startApi(env, 'api');
  const workers = await Promise.all([startWorker(env), startWorker(env)]);
  try {
    return await runJobs('2 worker processes (Redis)', url, world);
  } finally {
    await Promise.all(
      workers.map((worker) => {
        if (worker.exitCode !== null) return undefined;
        const exited = new Promise((resolve) => worker.once('exit', resolve));
        worker.kill('SIGTERM');
        return exited;
      }),
    );
    await app.close();
    await world.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const jobs = Number(option('jobs') ?? 20);
  if (!Number.isInteger(jobs) || jobs <= 0) throw new Error('--jobs must be a positive whole number');
  const redisUrl = option('redis');
  console.log(`pipeline bench: ${jobs} clear requests end to end on loopback, output policy original`);
  const runs = [await inProcessRun(jobs)];
  if (redisUrl) runs.push(await redisRun(jobs, redisUrl));
  else console.log('(no --redis: the run with two worker processes over Redis is skipped)');
  console.log(`\n${formatTable(runs, STATES)}`);
}

main().then(
  () => process.exit(0),
  (error: Error) => {
    console.error(error.message);
    process.exit(1);
  },
);
