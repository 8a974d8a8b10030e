import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AppConfig, ProviderId } from '@app/config';
import { buildDataSourceOptions, openDataSource, TransactionRunner } from '@app/db';
import { SystemClock } from '@app/platform';
import { ProviderCache } from '../../src/cache/provider-cache.service.js';
import { ProviderCacheEntity } from '../../src/cache/provider-cache.entity.js';
import { ProviderHttpFactory } from '../../src/providers/provider-http.js';
import { makeTestConfig } from '@app/testing';

export interface ProviderHarness {
  config: AppConfig;
  http: ProviderHttpFactory;
  cache: ProviderCache;
  close(): Promise<void>;
}

/**
 * What a provider needs to run for real in a test: the configuration with `id` pointed at a fake server,
 * and the HTTP factory over a real (temporary SQLite) provider cache.
 */
export async function providerHarness(
  id: ProviderId,
  baseUrl: string,
  overrides: Partial<AppConfig['providers']> = {},
): Promise<ProviderHarness> {
  const base = makeTestConfig();
  const config: AppConfig = {
    ...base,
    providers: { ...base.providers, [id]: { baseUrl, enabled: true }, timeoutMs: 1000, ...overrides },
  };
  const dir = mkdtempSync(join(tmpdir(), 'truetrack-provider-'));
  const dataSource = await openDataSource(
    buildDataSourceOptions({ type: 'sqlite', url: `sqlite:${join(dir, 'cache.db')}` }, [ProviderCacheEntity]),
  );
  const clock = new SystemClock();
  const cache = new ProviderCache(new TransactionRunner(dataSource), config, clock);
  return {
    config,
    cache,
    http: new ProviderHttpFactory(config, clock, cache),
    async close() {
      await dataSource.destroy();
      rmSync(dir, { recursive: true, force: true });
      rmSync(base.paths.dataDir, { recursive: true, force: true });
    },
  };
}
