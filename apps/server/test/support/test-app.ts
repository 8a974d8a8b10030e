import { rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { ApiKeys } from '@app/auth';
import type { AppConfig } from '@app/config';
import { type DeepPartial, deepMerge, freshDatabase, makeTestConfig, scriptedStepProviders } from '@app/testing';
import type { AppModuleOptions } from '../../src/app.module.js';
import { createApp } from '../../src/create-app.js';

export interface TestApp {
  app: INestApplication;
  config: AppConfig;
  /** The API key the server accepts. */
  apiKey: string;
  /** A client's door to the server: every request through it carries the API key unless it sends credentials. */
  server: Server;
  /** http://127.0.0.1:<port> of `server`, for clients other than supertest (fetch, SSE). */
  baseUrl: string;
  /** The server itself, reached without credentials. */
  publicUrl: string;
  close(): Promise<void>;
}

const CREDENTIAL_HEADERS = ['x-api-key', 'authorization', 'cookie'];

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
  // `auth: { apiKey: undefined }` asks for a server that generates its own key, as at a first start.
  if (overrides.auth && 'apiKey' in overrides.auth && overrides.auth.apiKey === undefined)
    config.auth.apiKey = undefined;
  const app = await createApp(config, modules);
  await app.listen(0, '127.0.0.1');
  const keys = app.get(ApiKeys);
  const handle = app.getHttpAdapter().getInstance() as (req: IncomingMessage, res: ServerResponse) => void;
  const server = createServer((req, res) => {
    const sendsCredentials = CREDENTIAL_HEADERS.some((name) => req.headers[name] !== undefined);
    if (!sendsCredentials && !/[?&]apikey=/i.test(req.url ?? '')) req.headers['x-api-key'] = keys.key();
    handle(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = (s: { address(): unknown }) => `http://127.0.0.1:${(s.address() as AddressInfo).port}`;
  return {
    app,
    config,
    get apiKey() {
      return keys.key();
    },
    server,
    baseUrl: url(server),
    publicUrl: url(app.getHttpServer()),
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
