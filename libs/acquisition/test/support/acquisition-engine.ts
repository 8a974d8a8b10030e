import { rm } from 'node:fs/promises';
import type { Provider } from '@nestjs/common';
import { Test, type TestingModule } from '@nestjs/testing';
import type { JobDto } from '@app/contracts';
import { type AppConfig, ConfigModule } from '@app/config';
import { DbModule } from '@app/db';
import { JOB_ENTITIES, JobsModule, JobsService } from '@app/jobs';
import { PlatformModule } from '@app/platform';
import { AcquisitionModule } from '@app/acquisition';
import { type DeepPartial, deepMerge, freshDatabase, makeTestConfig, pollJob } from '@app/testing';

export interface AcquisitionEngine {
  module: TestingModule;
  config: AppConfig;
  jobs: JobsService;
  /** Polls the job until `until` holds; fails naming the last state seen. */
  waitFor(id: string, until: (job: JobDto) => boolean, timeoutMs?: number): Promise<JobDto>;
  close(): Promise<void>;
}

/**
 * The job engine with the real acquisition module (DOWNLOADING, EXTRACTING, the temp folder janitor) in a
 * fresh data folder, plus the test's own handlers for the other states.
 */
export async function startAcquisitionEngine(
  steps: Provider[],
  overrides: DeepPartial<AppConfig> = {},
  beforeBoot: (config: AppConfig) => Promise<void> = async () => undefined,
): Promise<AcquisitionEngine> {
  const base = makeTestConfig({ log: { level: 'warn' }, queue: { pollMs: 20 } });
  const config = deepMerge({ ...base, db: await freshDatabase(base.paths.dataDir) }, overrides);
  await beforeBoot(config);
  const module = await Test.createTestingModule({
    imports: [
      ConfigModule.forRoot(config),
      PlatformModule,
      DbModule.forRoot(JOB_ENTITIES),
      JobsModule.forRoot(),
      AcquisitionModule,
    ],
    providers: steps,
  }).compile();
  module.useLogger(['error']);
  await module.init();
  const jobs = module.get(JobsService);
  return {
    module,
    config,
    jobs,
    waitFor: (id, until, timeoutMs = 30_000) => pollJob(() => jobs.get(id), until, timeoutMs),
    async close() {
      await module.close();
      await rm(config.paths.dataDir, { recursive: true, force: true });
    },
  };
}

/** Polls until `check` holds; for effects outside the database (files, processes). */
export async function eventually(what: string, check: () => boolean | Promise<boolean>, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
