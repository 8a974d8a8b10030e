import type { Provider } from '@nestjs/common';
import { Test, type TestingModule } from '@nestjs/testing';
import type { JobDto } from '@app/contracts';
import { type AppConfig, ConfigModule, type ProcessRole } from '@app/config';
import { DbModule } from '@app/db';
import { JOB_ENTITIES, JobsModule, JobsService } from '@app/jobs';
import { PlatformModule } from '@app/platform';
import { freshDatabase, makeTestConfig, pollJob, testRedisUrl } from '@app/testing';
import { Redis } from 'ioredis';
import { DataSource } from 'typeorm';

export type DispatcherKind = 'in-process' | 'bull';

export interface Engine {
  module: TestingModule;
  jobs: JobsService;
  config: AppConfig;
  dataSource: DataSource;
  waitFor(id: string, until: (job: JobDto) => boolean, timeoutMs?: number): Promise<JobDto>;
  close(): Promise<void>;
}

/** The production defaults with test timings, in a fresh data folder; SQLite or the test Postgres. */
export async function engineConfig(
  dispatcher: DispatcherKind,
  role: ProcessRole = 'all',
  db?: AppConfig['db'],
): Promise<AppConfig> {
  const base = makeTestConfig({
    log: { level: 'warn' },
    queue: { redisUrl: dispatcher === 'bull' ? testRedisUrl() : undefined, role, concurrency: 4, pollMs: 50 },
    jobs: { maxAttempts: 3, retryBaseMs: 20, retryMaxMs: 100, leaseMs: 2000, heartbeatMs: 100 },
  });
  return { ...base, db: db ?? (await freshDatabase(base.paths.dataDir)) };
}

/** Dispatchers this run can test: Bull only when the test command started a Redis. */
export function availableDispatchers(): DispatcherKind[] {
  if (testRedisUrl()) return ['in-process', 'bull'];
  if (process.env['CI']) throw new Error('TRUETRACK_TEST_REDIS_URL is not set: run the suite with npm test');
  return ['in-process'];
}

export async function flushRedis(): Promise<void> {
  const url = testRedisUrl();
  if (!url) return;
  const redis = new Redis(url);
  await redis.flushdb();
  await redis.quit();
}

export interface EngineOptions {
  /** 'api' opens the database and queue but never runs a step, e.g. beside separate worker processes. */
  role?: ProcessRole;
  /** Overrides of the engine's timings (attempts, retry delays, lease). */
  jobs?: Partial<AppConfig['jobs']>;
  /** Another engine's database, e.g. to play a second worker or a restart; a fresh one otherwise. */
  db?: AppConfig['db'];
}

export async function startEngine(
  dispatcher: DispatcherKind,
  providers: Provider[],
  options: EngineOptions = {},
): Promise<Engine> {
  const base = await engineConfig(dispatcher, options.role, options.db);
  const config = { ...base, jobs: { ...base.jobs, ...options.jobs } };
  if (dispatcher === 'bull' && !options.db) await flushRedis();
  const module = await Test.createTestingModule({
    imports: [ConfigModule.forRoot(config), PlatformModule, DbModule.forRoot(JOB_ENTITIES), JobsModule.forRoot()],
    providers,
  }).compile();
  module.useLogger(['error']);
  await module.init();
  const jobs = module.get(JobsService);
  return {
    module,
    jobs,
    config,
    dataSource: module.get(DataSource),
    waitFor: (id, until, timeoutMs = 15_000) => pollJob(() => jobs.get(id), until, timeoutMs),
    close: () => module.close(),
  };
}
