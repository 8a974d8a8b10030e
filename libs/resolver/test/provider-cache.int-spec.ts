// The provider cache on a real SQLite file: answers come back until they expire, and pruning deletes them.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildDataSourceOptions, openDataSource, TransactionRunner } from '@app/db';
import { ProviderCache } from '../src/cache/provider-cache.service.js';
import { ProviderCacheEntity } from '../src/cache/provider-cache.entity.js';
import { FakeClock, makeTestConfig } from '@app/testing';
import type { DataSource } from 'typeorm';

let dir: string;
let dataSource: DataSource;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'truetrack-cache-'));
  dataSource = await openDataSource(
    buildDataSourceOptions({ type: 'sqlite', url: `sqlite:${join(dir, 'cache.db')}` }, [ProviderCacheEntity]),
  );
});

afterEach(async () => {
  await dataSource.destroy();
  rmSync(dir, { recursive: true, force: true });
});

function cacheWith(ttlMs: number, clock: FakeClock): ProviderCache {
  const base = makeTestConfig();
  const config = { ...base, providers: { ...base.providers, cacheTtlMs: ttlMs } };
  return new ProviderCache(new TransactionRunner(dataSource), config, clock);
}

it('serves an answer until its time is up, and pruning deletes only the expired ones', async () => {
  const clock = new FakeClock();
  const sut = cacheWith(60_000, clock);
  await sut.set('musicbrainz:old', 'musicbrainz', { recordings: ['old'] });
  clock.advance(30_000);
  await sut.set('deezer:new', 'deezer', null);
  expect(await sut.get('musicbrainz:old')).toEqual({ recordings: ['old'] });
  expect(await sut.get('deezer:new')).toBeNull();

  clock.advance(40_000);
  expect(await sut.get('musicbrainz:old')).toBeUndefined();
  expect(await sut.prune()).toBe(1);
  expect(await dataSource.getRepository(ProviderCacheEntity).count()).toBe(1);
  expect(await sut.get('deezer:new')).toBeNull();
});

it('stores and serves nothing when the cache is off', async () => {
  const sut = cacheWith(0, new FakeClock());
  await sut.set('itunes:x', 'itunes', { results: [] });
  expect(await sut.get('itunes:x')).toBeUndefined();
  expect(await dataSource.getRepository(ProviderCacheEntity).count()).toBe(0);
});
