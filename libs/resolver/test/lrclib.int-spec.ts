import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '@app/config';
import { RetryableError } from '@app/core';
import { type FakeHandler, type FakeHttpServer, startFakeHttpServer } from '@app/testing';
import { LrclibProvider } from '../src/providers/lrclib/lrclib.provider.js';
import { type ProviderHarness, providerHarness } from './support/provider-harness.js';

// Constructed answers: LRCLIB's documented field names, made-up values (see the .source.txt files).
const constructed = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`./fixtures/lrclib/${name}`, import.meta.url), 'utf8'));
const RECORD = constructed('get_constructed.json');
const RESULTS = constructed('search_constructed.json');
const NOT_FOUND = {
  status: 404,
  body: { code: 404, name: 'TrackNotFound', message: 'Failed to find specified track' },
};

const PAPER_LANTERNS = {
  text: 'The Made-Up Band - Paper Lanterns',
  title: 'Paper Lanterns',
  artist: 'The Made-Up Band',
  album: 'Invented Songs',
  durationMs: 201_400,
};

describe('LrclibProvider over HTTP', () => {
  let fake: FakeHttpServer;
  let harness: ProviderHarness;

  async function start(handler: FakeHandler, overrides: Parameters<typeof providerHarness>[2] = {}) {
    fake = await startFakeHttpServer(handler);
    harness = await providerHarness('lrclib', `${fake.url}/api`, overrides);
    return new LrclibProvider(harness.config, harness.http);
  }

  afterEach(async () => {
    await harness?.close();
    await fake?.close();
  });

  it('asks get with the track signature, duration in whole seconds', async () => {
    const sut = await start(() => ({ body: RECORD }));

    const lyrics = await sut.lyrics(PAPER_LANTERNS);

    expect(lyrics).toMatchObject({ instrumental: false, synced: expect.stringContaining('[00:12.40]') });
    expect(fake.requests).toHaveLength(1);
    expect(fake.requests[0]?.path).toBe('/api/get');
    expect(Object.fromEntries(fake.requests[0]?.query ?? [])).toEqual({
      artist_name: 'The Made-Up Band',
      track_name: 'Paper Lanterns',
      album_name: 'Invented Songs',
      duration: '201',
    });
    expect(fake.requests[0]?.headers['user-agent']).toMatch(/^TrueTrack\/\S+ \( tests@truetrack\.invalid \)$/);
  });

  it('falls back to a search when get answers 404, keeping the result within 2 s', async () => {
    const sut = await start((request) => (request.path === '/api/get' ? NOT_FOUND : { body: RESULTS }));

    const lyrics = await sut.lyrics({ ...PAPER_LANTERNS, durationMs: 202_900 });

    expect(lyrics?.synced).toContain('[00:12.40]');
    expect(fake.requests.map((r) => r.path)).toEqual(['/api/get', '/api/search']);
    expect(fake.requests[1]?.query.get('q')).toBe('The Made-Up Band Paper Lanterns');
  });

  it('answers undefined when neither get nor the search has the track', async () => {
    const sut = await start((request) => (request.path === '/api/get' ? NOT_FOUND : { body: RESULTS }));

    await expect(sut.lyrics({ ...PAPER_LANTERNS, durationMs: 260_000 })).resolves.toBeUndefined();
  });

  it('answers undefined when the search itself finds nothing', async () => {
    const sut = await start((request) => (request.path === '/api/get' ? NOT_FOUND : { body: [] }));

    await expect(sut.lyrics(PAPER_LANTERNS)).resolves.toBeUndefined();
  });

  it('searches the free text directly when title or artist is unknown', async () => {
    const sut = await start(() => ({ body: RESULTS }));

    await sut.lyrics({ text: 'paper lanterns made-up band' });

    expect(fake.requests.map((r) => r.url)).toEqual(['/api/search?q=paper+lanterns+made-up+band']);
  });

  it('fails retryably when LRCLIB does not answer in time', async () => {
    const sut = await start(() => ({ delayMs: 1000, body: RECORD }), { timeoutMs: 100 });

    const error = await sut.lyrics(PAPER_LANTERNS).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(RetryableError);
    expect((error as Error).message).toBe(`${fake.url}/api/get: timed out`);
  });

  it('answers a repeated question from the cache', async () => {
    const sut = await start(() => ({ body: RECORD }), { cacheTtlMs: 60_000 });

    await sut.lyrics(PAPER_LANTERNS);
    await sut.lyrics(PAPER_LANTERNS);

    expect(fake.requests).toHaveLength(1);
  });

  it('test() runs a small search and reports the time', async () => {
    const sut = await start(() => ({ body: RESULTS }));

    await expect(sut.test()).resolves.toMatchObject({
      ok: true,
      message: expect.stringMatching(/^LRCLIB lyrics at \S+ answered in \d+ ms$/),
    });
    expect(fake.requests[0]?.url).toBe('/api/search?q=test');
  });

  it('test() says which URL failed and how', async () => {
    const sut = await start(() => ({ status: 403, body: 'Forbidden' }));

    await expect(sut.test()).resolves.toMatchObject({
      ok: false,
      message: `LRCLIB lyrics at ${fake.url}/api failed: HTTP 403`,
    });
  });

  it('test() notices a server that answers but not with lyrics', async () => {
    const sut = await start(() => ({ body: { status: 'ok' } }));

    await expect(sut.test()).resolves.toMatchObject({
      ok: false,
      message: `LRCLIB lyrics at ${fake.url}/api answered, but not with a list of lyrics`,
    });
  });

  it('is off unless enabled in the settings', async () => {
    const sut = await start(() => ({ body: RECORD }));
    expect(sut.isEnabled()).toBe(true);

    const defaults = loadConfig({ TRUETRACK_DATA_DIR: join(tmpdir(), 'truetrack-lrclib-defaults') });
    expect(defaults.providers.lrclib.enabled).toBe(false);
    expect(new LrclibProvider(defaults, harness.http).isEnabled()).toBe(false);
  });
});
