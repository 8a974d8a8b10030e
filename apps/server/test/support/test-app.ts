import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import type { AppConfig } from '@app/config';
import { type DeepPartial, deepMerge, freshDatabase, makeTestConfig, scriptedStepProviders } from '@app/testing';
import type { AppModuleOptions } from '../../src/app.module.js';
import { createApp } from '../../src/create-app.js';

export interface TestApp {
  app: INestApplication;
  config: AppConfig;
  /** http://127.0.0.1:<port>, for clients other than supertest (fetch, SSE). */
  baseUrl: string;
  close(): Promise<void>;
}

/**
 * The whole server on a free loopback port, in a fresh data folder (SQLite unless the test command
 * chose Postgres), with scripted step handlers driven by words in each job's query unless `modules` says
 * otherwise (`{}` runs the real feature modules).
 */
export async function startTestApp(
  overrides: DeepPartial<AppConfig> = {},
  modules: AppModuleOptions = { extraProviders: scriptedStepProviders(), features: [] },
): Promise<TestApp> {
  const base = makeTestConfig({ log: { level: 'error' } });
  const dataDir = base.paths.dataDir;
  const defaults: DeepPartial<AppConfig> = {
    db: await freshDatabase(dataDir),
    server: { host: '127.0.0.1', port: 0 },
    paths: { adminDir: join(dataDir, 'admin') },
  };
  const config = deepMerge(deepMerge(base, defaults), overrides);
  const app = await createApp(config, modules);
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address() as { port: number };
  return {
    app,
    config,
    baseUrl: `http://127.0.0.1:${address.port}`,
    async close() {
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
