// What the job engine itself costs per step: instant no-op handlers for every working state, N jobs, wall
// time until all are FINALIZED. Run through `node scripts/bench.mjs engine [--jobs N] [--concurrency C]`,
// which builds dist-test and starts a Redis for the Bull run when redis-server is installed.
import 'reflect-metadata';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { type DynamicModule, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { JobState, JobStreamEvent } from '@app/contracts';
import { type AppConfig, ConfigModule, loadConfig } from '@app/config';
import { WORK_STATES } from '@app/core';
import { DbModule } from '@app/db';
import {
  JOB_ENTITIES,
  JobEventBus,
  JobsModule,
  JobsService,
  type PipelineStep,
  type StepContext,
  StepHandler,
  type StepOutcome,
} from '@app/jobs';
import { PlatformModule } from '@app/platform';
import { Redis } from 'ioredis';
import { benchDataDir, fixed, numberOption, option, percentile } from './bench-utils.js';

/** When the running step of each job started, to time it until its commit is announced. */
const stepStarted = new Map<string, number>();

function noopStep(state: JobState, next: JobState) {
  @StepHandler(state)
  class NoopStep implements PipelineStep {
    run(ctx: StepContext): Promise<StepOutcome> {
      stepStarted.set(ctx.job.id, performance.now());
      return Promise.resolve({ next, reason: 'bench' });
    }
  }
  Object.defineProperty(NoopStep, 'name', { value: `Noop${state}Step` });
  return NoopStep;
}

const NOOP_STEPS = WORK_STATES.map((state, i) => noopStep(state, WORK_STATES[i + 1] ?? JobState.Finalized));

@Module({})
class EngineBenchModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: EngineBenchModule,
      imports: [ConfigModule.forRoot(config), PlatformModule, DbModule.forRoot(JOB_ENTITIES), JobsModule.forRoot()],
      providers: NOOP_STEPS,
    };
  }
}

interface Figures {
  wallMs: number;
  steps: number;
  latencies: number[];
}

async function run(jobs: number, concurrency: number, redisUrl: string | undefined): Promise<Figures> {
  const dataDir = benchDataDir();
  const config = loadConfig({
    TRUETRACK_DATA_DIR: dataDir,
    MUSIC_LIBRARY_ROOT: join(dataDir, 'library'),
    TRUETRACK_WORKER_CONCURRENCY: String(concurrency),
    TRUETRACK_LOG_LEVEL: 'warn',
    ...(redisUrl ? { REDIS_URL: redisUrl } : {}),
  });
  if (redisUrl) {
    const redis = new Redis(redisUrl);
    await redis.flushdb();
    await redis.quit();
  }
  const app = await NestFactory.createApplicationContext(EngineBenchModule.forRoot(config), {
    logger: ['error', 'warn'],
  });
  try {
    const latencies: number[] = [];
    let finalized = 0;
    let allDone!: () => void;
    const done = new Promise<void>((resolve) => (allDone = resolve));
    app.get(JobEventBus).subscribe((message) => {
      if (message.type !== JobStreamEvent.Updated) return;
      const started = stepStarted.get(message.job.id);
      if (started !== undefined) latencies.push(performance.now() - started);
      stepStarted.delete(message.job.id);
      if (message.job.state === JobState.Finalized && ++finalized === jobs) allDone();
    });
    const service = app.get(JobsService);
    const begin = performance.now();
    await Promise.all(Array.from({ length: jobs }, (_, i) => service.create({ query: `bench ${i}` })));
    const timeout = new Promise<never>((_, reject) =>
      setTimeout(
        () => reject(new Error(`only ${finalized} of ${jobs} jobs finished within 10 minutes`)),
        600_000,
      ).unref(),
    );
    await Promise.race([done, timeout]);
    return { wallMs: performance.now() - begin, steps: jobs * WORK_STATES.length, latencies };
  } finally {
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const jobs = numberOption('jobs', 300);
const concurrency = numberOption('concurrency', 4);
const redisUrl = option('redis');
const dispatchers: [string, string | undefined][] = [['in-process', undefined]];
if (redisUrl) dispatchers.push(['bull', redisUrl]);
else
  process.stdout.write(
    'engine bull: skipped (no --redis URL; scripts/bench.mjs starts one when redis-server is installed)\n',
  );

for (const [name, url] of dispatchers) {
  const { wallMs, steps, latencies } = await run(jobs, concurrency, url);
  const seconds = wallMs / 1000;
  process.stdout.write(
    `engine ${name}: ${fixed(jobs / seconds)} jobs/s, ${fixed(steps / seconds)} steps/s, ` +
      // The handlers do nothing, so the wall time per step is what the engine itself costs.
      `overhead ${fixed(wallMs / steps, 2)} ms/step ` +
      `(step run→commit p50 ${fixed(percentile(latencies, 0.5), 2)} ms, p99 ${fixed(percentile(latencies, 0.99), 2)} ms; ` +
      `${jobs} jobs, ${concurrency} at once, sqlite)\n`,
  );
}
process.exit(0);
