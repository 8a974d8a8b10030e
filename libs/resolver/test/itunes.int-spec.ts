// The iTunes provider against a loopback fake serving recorded Search API answers.
import { PermanentError, RetryableError } from '@app/core';
import { type FakeHttpServer, startFakeHttpServer } from '@app/testing';
import { ItunesProvider } from '../src/providers/itunes/itunes.provider.js';
import { type ProviderHarness, providerHarness } from './support/provider-harness.js';
import { recordedReply, recordedText } from './support/recorded-responses.js';

const SKID_ROW = recordedText('itunes/koel_search_track_skid_row_i_remember_you.json');
const QUEEN_ALBUM = recordedText('itunes/harmony_lookup_album_1441458047_gb.json');

describe('ItunesProvider over HTTP', () => {
  let fake: FakeHttpServer;
  let harness: ProviderHarness;
  let itunes: ItunesProvider;

  beforeAll(async () => {
    fake = await startFakeHttpServer(() => recordedReply(SKID_ROW));
    // Patient enough for a loaded machine: only the timeout test below runs with a short timeout of its own.
    harness = await providerHarness('itunes', fake.url, { timeoutMs: 10_000 });
    itunes = new ItunesProvider(harness.config, harness.http);
  });

  beforeEach(() => {
    fake.requests.length = 0;
    fake.handle(() => recordedReply(SKID_ROW));
  });

  afterAll(async () => {
    await harness.close();
    await fake.close();
  });

  it('searches songs with the typed text and maps the answer', async () => {
    const hits = await itunes.searchRecordings({ text: 'skid row i remember you', limit: 5 });
    expect(hits.map((hit) => [hit.title, hit.album, hit.durationMs])).toEqual([
      ['I Remember You', '40 Seasons - The Best of Skid Row', 314027],
    ]);
    const [request] = fake.requests;
    expect(request?.method).toBe('GET');
    expect(request?.path).toBe('/search');
    expect(Object.fromEntries(request?.query ?? [])).toEqual({
      term: 'skid row i remember you',
      entity: 'song',
      media: 'music',
      limit: '5',
    });
    expect(request?.headers['user-agent']).toMatch(/^TrueTrack\//);
  });

  it('searches "artist title" when no text was typed, and never asks for more than 200', async () => {
    await itunes.searchRecordings({ text: ' ', artist: 'Skid Row', title: 'I Remember You', limit: 1000 });
    expect(fake.requests[0]?.query.get('term')).toBe('Skid Row I Remember You');
    expect(fake.requests[0]?.query.get('limit')).toBe('200');
  });

  it('looks a track up by id, even when the answer lists its whole album', async () => {
    fake.handle(() => recordedReply(QUEEN_ALBUM));
    const track = await itunes.lookupRecording('1441458081');
    expect(track).toMatchObject({
      title: 'Bohemian Rhapsody',
      durationMs: 354320,
      album: 'A Night at the Opera (Deluxe Edition)',
    });
    expect(fake.requests[0]?.path).toBe('/lookup');
    expect(Object.fromEntries(fake.requests[0]?.query ?? [])).toEqual({ id: '1441458081', entity: 'song' });
    expect(await itunes.lookupRecording('1441458047')).toBeUndefined();
  });

  it('does not ask about an id that cannot be an iTunes id', async () => {
    expect(await itunes.lookupRecording('5fb524f1-8cc8-4c04-a921-e34c0a911ea7')).toBeUndefined();
    expect(fake.requests).toHaveLength(0);
  });

  it('waits as a 429 Retry-After says, then answers', async () => {
    let calls = 0;
    fake.handle(() => (++calls === 1 ? { status: 429, headers: { 'retry-after': '1' } } : recordedReply(SKID_ROW)));
    const hits = await itunes.searchRecordings({ text: 'skid row' });
    expect(hits).toHaveLength(1);
    expect(fake.requests).toHaveLength(2);
    const [first, second] = fake.requests;
    expect((second?.at ?? 0) - (first?.at ?? 0)).toBeGreaterThanOrEqual(900);
  });

  it('gives up on repeated 500s with a RetryableError', async () => {
    fake.handle(() => ({ status: 500, body: 'oops' }));
    await expect(itunes.searchRecordings({ text: 'skid row' })).rejects.toBeInstanceOf(RetryableError);
    expect(fake.requests).toHaveLength(3);
  });

  it('reports a timeout as a RetryableError', async () => {
    const impatient = await providerHarness('itunes', fake.url, { timeoutMs: 200 });
    try {
      fake.handle(() => ({ ...recordedReply(SKID_ROW), delayMs: 3000 }));
      await expect(
        new ItunesProvider(impatient.config, impatient.http).searchRecordings({ text: 'skid row' }),
      ).rejects.toThrow(
        expect.objectContaining({ name: 'RetryableError', message: expect.stringMatching(/timed out/) }),
      );
    } finally {
      await impatient.close();
    }
  });

  it('reports malformed JSON as a RetryableError', async () => {
    fake.handle(() => recordedReply(SKID_ROW.slice(0, 200)));
    await expect(itunes.searchRecordings({ text: 'skid row' })).rejects.toThrow(/not valid JSON/);
    await expect(itunes.searchRecordings({ text: 'skid row' })).rejects.toBeInstanceOf(RetryableError);
  });

  it('reports a refused request (400) as a PermanentError', async () => {
    fake.handle(() => ({ status: 400, body: { errorMessage: 'Invalid value(s) for key(s): [resultEntity]' } }));
    await expect(itunes.searchRecordings({ text: 'skid row' })).rejects.toBeInstanceOf(PermanentError);
    expect(fake.requests).toHaveLength(1);
  });

  it('passes its test against a working server and fails it against a broken one', async () => {
    const passed = await itunes.test();
    expect(passed).toMatchObject({
      ok: true,
      message: expect.stringMatching(/^iTunes Search at \S+ answered in \d+ ms$/),
    });
    expect(passed.latencyMs).toBeGreaterThanOrEqual(0);
    expect(fake.requests[0]?.query.get('limit')).toBe('1');

    fake.handle(() => ({ status: 404, body: 'Not Found' }));
    expect(await itunes.test()).toMatchObject({ ok: false, message: expect.stringMatching(/HTTP 404/) });
    fake.handle(() => ({ body: { hello: 'world' } }));
    expect(await itunes.test()).toMatchObject({ ok: false, message: expect.stringMatching(/not with search results/) });
  });

  it('is enabled as configured', () => {
    expect(itunes.isEnabled()).toBe(true);
    const off = {
      ...harness.config,
      providers: { ...harness.config.providers, itunes: { baseUrl: fake.url, enabled: false } },
    };
    expect(new ItunesProvider(off, harness.http).isEnabled()).toBe(false);
  });
});

describe('ItunesProvider with the cache on', () => {
  it('answers a repeated search from the cache, and a test() never from it', async () => {
    const fake = await startFakeHttpServer(() => recordedReply(SKID_ROW));
    const harness = await providerHarness('itunes', fake.url, { cacheTtlMs: 60_000 });
    try {
      const itunes = new ItunesProvider(harness.config, harness.http);
      const first = await itunes.searchRecordings({ text: 'skid row', limit: 5 });
      expect(await itunes.searchRecordings({ text: 'skid row', limit: 5 })).toEqual(first);
      expect(fake.requests).toHaveLength(1);
      await itunes.searchRecordings({ text: 'skid row', limit: 6 });
      expect(fake.requests).toHaveLength(2);
      await itunes.test();
      await itunes.test();
      expect(fake.requests).toHaveLength(4);
    } finally {
      await harness.close();
      await fake.close();
    }
  });
});
