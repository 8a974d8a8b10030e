import { readFileSync } from 'node:fs';
import { RetryableError } from '@app/core';
import { type FakeHandler, type FakeHttpServer, startFakeHttpServer } from '@app/testing';
import { MusicBrainzProvider } from '../src/providers/musicbrainz/musicbrainz.provider.js';
import { type ProviderHarness, providerHarness } from './support/provider-harness.js';

const recorded = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`./fixtures/musicbrainz/${name}`, import.meta.url), 'utf8'));

const SEARCH = recorded('fuzzbin_recording_search_smells_like_teen_spirit_rgid.json');
const CANONICAL = '5fb524f1-8cc8-4c04-a921-e34c0a911ea7';
const TEEN_SPIRIT = { text: 'Nirvana - Smells Like Teen Spirit', title: 'Smells Like Teen Spirit', artist: 'Nirvana' };

describe('MusicBrainzProvider over HTTP', () => {
  let fake: FakeHttpServer;
  let harness: ProviderHarness;
  let base: string;

  async function start(handler: FakeHandler, overrides: Parameters<typeof providerHarness>[2] = {}) {
    fake = await startFakeHttpServer(handler);
    base = `${fake.url}/ws/2`;
    harness = await providerHarness('musicbrainz', base, overrides);
    return new MusicBrainzProvider(harness.config, harness.http);
  }

  afterEach(async () => {
    await harness?.close();
    await fake?.close();
  });

  it('searches ws/2 with a fielded Lucene query, JSON, the default limit and a User-Agent with the contact', async () => {
    const sut = await start(() => ({ body: SEARCH }));

    const recordings = await sut.searchRecordings(TEEN_SPIRIT);

    expect(recordings).toHaveLength(13);
    expect(recordings.find((r) => r.providerId === CANONICAL)).toMatchObject({ isrc: 'USGF19942501' });
    const [request] = fake.requests;
    expect(request?.method).toBe('GET');
    expect(request?.path).toBe('/ws/2/recording');
    expect(Object.fromEntries(request?.query ?? [])).toEqual({
      query: 'recording:"Smells Like Teen Spirit" AND artist:"Nirvana"',
      limit: '15',
      fmt: 'json',
    });
    expect(request?.headers['user-agent']).toMatch(/^TrueTrack\/\d+\.\d+\.\d+ \( tests@truetrack\.invalid \)$/);
    expect(request?.headers['accept']).toBe('application/json');
  });

  it('searches by ISRC alone when the request carries one', async () => {
    const sut = await start(() => ({ body: recorded('fuzzbin_recording_search_isrc_the_runner.json') }));

    const [runner] = await sut.searchRecordings({ text: 'the runner', isrc: 'GBBXM8610012', limit: 5 });

    expect(runner?.providerId).toBe('e6778b36-3841-417b-af95-76323c43f665');
    expect(fake.requests[0]?.query.get('query')).toBe('isrc:GBBXM8610012');
    expect(fake.requests[0]?.query.get('limit')).toBe('5');
  });

  it('looks up an ISRC with artist credits and releases', async () => {
    const sut = await start(() => ({ body: recorded('fuzzbin_isrc_lookup_smells_like_teen_spirit.json') }));

    const recordings = await sut.lookupIsrc('USGF19942501');

    expect(recordings.map((r) => r.providerId)).toEqual([CANONICAL, '780825bf-3a65-4fc9-8668-c712b6670ce6']);
    expect(fake.requests[0]?.path).toBe('/ws/2/isrc/USGF19942501');
    expect(fake.requests[0]?.query.get('inc')).toBe('artist-credits+releases');
    expect(fake.requests[0]?.query.get('fmt')).toBe('json');
  });

  it('looks up a recording with the includes that name its album and track', async () => {
    const sut = await start(() => ({
      body: recorded('fuzzbin_recording_lookup_5fb524f1_smells_like_teen_spirit.json'),
    }));

    const recording = await sut.lookupRecording(CANONICAL);

    expect(recording).toMatchObject({ providerId: CANONICAL, album: 'Nevermind', releaseDate: '1991-09-24' });
    expect(fake.requests[0]?.path).toBe(`/ws/2/recording/${CANONICAL}`);
    expect(fake.requests[0]?.query.get('inc')).toBe('artist-credits+releases+release-groups+media+isrcs');
  });

  it('looks up a release with its tracks, label, release group and genres', async () => {
    const sut = await start(() => ({ body: recorded('picard_release.json') }));

    const release = await sut.lookupRelease('b84ee12a-09ef-421b-82de-0441a926375b');

    expect(release).toMatchObject({ title: 'The Dark Side of the Moon', labels: ['Harvest'] });
    expect(release?.media[0]?.tracks).toHaveLength(10);
    expect(fake.requests[0]?.path).toBe('/ws/2/release/b84ee12a-09ef-421b-82de-0441a926375b');
    expect(fake.requests[0]?.query.get('inc')).toBe('artist-credits+labels+recordings+release-groups+genres');
  });

  it('answers "not found" for an unknown recording or ISRC (HTTP 404) instead of failing', async () => {
    const sut = await start(() => ({ status: 404, body: { error: 'Not Found' } }));

    await expect(sut.lookupRecording('00000000-0000-0000-0000-000000000000')).resolves.toBeUndefined();
    await expect(sut.lookupIsrc('USXXX0000000')).resolves.toEqual([]);
    await expect(sut.lookupRelease('00000000-0000-0000-0000-000000000000')).resolves.toBeUndefined();
    expect(fake.requests).toHaveLength(3);
  });

  it('waits out a 429 for its Retry-After, then retries once', async () => {
    let calls = 0;
    const sut = await start(() =>
      ++calls === 1 ? { status: 429, headers: { 'Retry-After': '1' }, body: { error: 'slow down' } } : { body: SEARCH },
    );

    await expect(sut.searchRecordings(TEEN_SPIRIT)).resolves.toHaveLength(13);

    expect(fake.requests).toHaveLength(2);
    const [first, second] = fake.requests.map((r) => r.at);
    expect((second ?? 0) - (first ?? 0)).toBeGreaterThanOrEqual(950);
  });

  it('gives up after three 500s with a retryable error naming the URL', async () => {
    const sut = await start(() => ({ status: 500, body: 'Internal Server Error' }));

    const error = await sut.searchRecordings(TEEN_SPIRIT).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(RetryableError);
    expect((error as Error).message).toBe(`${base}/recording: HTTP 500`);
    expect(fake.requests).toHaveLength(3);
  });

  it('times out on a server that does not answer', async () => {
    const sut = await start(() => ({ delayMs: 1500, body: SEARCH }), { timeoutMs: 150 });

    const error = await sut.searchRecordings(TEEN_SPIRIT).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(RetryableError);
    expect((error as Error).message).toBe(`${base}/recording: timed out`);
  });

  it('fails retryably on an answer that is not JSON', async () => {
    const sut = await start(() => ({ body: '{"recordings": [{"id": "5fb5' }));

    const error = await sut.searchRecordings(TEEN_SPIRIT).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(RetryableError);
    expect((error as Error).message).toContain('not valid JSON');
  });

  it('spaces its requests by musicbrainzIntervalMs, even when asked all at once', async () => {
    const sut = await start(() => ({ body: { count: 0, offset: 0, recordings: [] } }), { musicbrainzIntervalMs: 300 });

    const askedAt = Date.now();
    await Promise.all(['one', 'two', 'three'].map((text) => sut.searchRecordings({ text })));

    // Measured from the moment all three were asked, not between arrivals: a busy machine can delay one
    // request's arrival and shorten the gap after it, but no request can arrive before it was allowed out.
    const sinceAsked = fake.requests.map((r) => r.at - askedAt);
    expect(sinceAsked).toHaveLength(3);
    expect(sinceAsked[1]).toBeGreaterThanOrEqual(300 - 2);
    expect(sinceAsked[2]).toBeGreaterThanOrEqual(600 - 2);
  });

  it('answers a repeated search from the cache', async () => {
    const sut = await start(() => ({ body: SEARCH }), { cacheTtlMs: 60_000 });

    const first = await sut.searchRecordings(TEEN_SPIRIT);
    const second = await sut.searchRecordings(TEEN_SPIRIT);

    expect(second).toEqual(first);
    expect(fake.requests).toHaveLength(1);
  });

  it('test() makes one small real search and reports how long it took', async () => {
    const sut = await start(() => ({ body: { count: 0, offset: 0, recordings: [] } }), { cacheTtlMs: 60_000 });

    const result = await sut.test();
    await sut.test();

    expect(result).toEqual({
      ok: true,
      latencyMs: expect.any(Number),
      message: expect.stringMatching(/^MusicBrainz at \S+ answered in \d+ ms$/),
    });
    expect(Object.fromEntries(fake.requests[0]?.query ?? [])).toEqual({ query: 'test', limit: '1', fmt: 'json' });
    expect(fake.requests).toHaveLength(2);
  });

  it('test() says which URL failed and how', async () => {
    // MusicBrainz answers 503 when a client is over its rate; a Retry-After longer than the client waits
    // ends the attempt at once.
    const sut = await start(() => ({ status: 503, headers: { 'Retry-After': '120' }, body: 'Service Unavailable' }));

    const result = await sut.test();

    expect(result).toMatchObject({ ok: false, message: `MusicBrainz at ${base} failed: HTTP 503` });
    expect(fake.requests).toHaveLength(1);
  });

  it('test() notices a server that answers but is not MusicBrainz', async () => {
    const sut = await start(() => ({ body: { hello: 'world' } }));

    const result = await sut.test();

    expect(result).toMatchObject({
      ok: false,
      message: `MusicBrainz at ${base} answered, but not with a MusicBrainz search result`,
    });
  });

  it('is enabled by its own setting', async () => {
    const sut = await start(() => ({ body: {} }));
    expect(sut.isEnabled()).toBe(true);
    harness.config.providers.musicbrainz.enabled = false;
    expect(sut.isEnabled()).toBe(false);
  });
});
