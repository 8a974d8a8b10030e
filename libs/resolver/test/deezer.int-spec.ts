// The Deezer provider against a loopback fake serving recorded API answers, in-body errors included.
import { PermanentError, RetryableError } from '@app/core';
import { type FakeHttpServer, type FakeRequest, startFakeHttpServer } from '@app/testing';
import { DeezerProvider } from '../src/providers/deezer/deezer.provider.js';
import { type ProviderHarness, providerHarness } from './support/provider-harness.js';
import { cassetteBody, recordedReply, recordedText } from './support/recorded-responses.js';

const DIE_WITH_A_SMILE = recordedText('deezer/harmony_track_2947516331.json');
const THE_JOKE = cassetteBody('deezer/deezer-python_TestClient.test_advanced_search_complex_with_relation.yaml');
const DAFT_PUNK = cassetteBody('deezer/deezer-python_TestClient.test_get_track.yaml');
const NO_DATA = { error: { type: 'DataException', message: 'no data', code: 800 } };
const QUOTA = { error: { type: 'Exception', message: 'Quota limit exceeded', code: 4 } };
const EMPTY = { data: [], total: 0 };

/** Answers like Deezer for the recorded ids and search, "no data" for anything else. */
function deezer(request: FakeRequest) {
  if (request.path === '/track/isrc:USUM72409273' || request.path === '/track/2947516331') {
    return recordedReply(DIE_WITH_A_SMILE);
  }
  if (request.path === '/track/3135556') return recordedReply(DAFT_PUNK);
  if (request.path === '/search/track') {
    return request.query.get('q') === 'artist:"Lou Doillon" track:"Joke"' ? recordedReply(THE_JOKE) : { body: EMPTY };
  }
  return { body: NO_DATA };
}

describe('DeezerProvider over HTTP', () => {
  let fake: FakeHttpServer;
  let harness: ProviderHarness;
  let provider: DeezerProvider;

  beforeAll(async () => {
    fake = await startFakeHttpServer(deezer);
    // Patient enough for a loaded machine: only the timeout test below runs with a short timeout of its own.
    harness = await providerHarness('deezer', fake.url, { timeoutMs: 10_000 });
    provider = new DeezerProvider(harness.config, harness.http);
  });

  beforeEach(() => {
    fake.requests.length = 0;
    fake.handle(deezer);
  });

  afterAll(async () => {
    await harness.close();
    await fake.close();
  });

  it('searches with a fielded query when artist and title are known', async () => {
    const hits = await provider.searchRecordings({
      text: 'Lou Doillon Joke',
      artist: 'Lou Doillon',
      title: 'Joke',
      limit: 10,
    });
    expect(hits.map((hit) => [hit.providerId, hit.title, hit.artists, hit.durationMs])).toEqual([
      ['623719262', 'The joke', ['Lou Doillon'], 200_000],
    ]);
    expect(fake.requests.map((r) => [r.path, r.query.get('q'), r.query.get('limit')])).toEqual([
      ['/search/track', 'artist:"Lou Doillon" track:"Joke"', '10'],
    ]);
  });

  it('falls back to the typed text when the fielded query finds nothing', async () => {
    const hits = await provider.searchRecordings({
      text: 'lou doillon the joke',
      artist: 'Lou Doillon',
      title: 'The Joke',
    });
    expect(hits).toEqual([]);
    expect(fake.requests.map((r) => [r.query.get('q'), r.query.get('limit')])).toEqual([
      ['artist:"Lou Doillon" track:"The Joke"', '25'],
      ['lou doillon the joke', '25'],
    ]);
  });

  it('looks an ISRC up and maps the track with its contributors', async () => {
    const [track, ...rest] = await provider.lookupIsrc('usum72409273');
    expect(rest).toEqual([]);
    expect(track).toMatchObject({
      providerId: '2947516331',
      isrc: 'USUM72409273',
      durationMs: 250_000,
      artists: ['Lady Gaga', 'Bruno Mars'],
    });
    expect(fake.requests[0]?.path).toBe('/track/isrc:USUM72409273');
  });

  it('looks a track up by id', async () => {
    expect(await provider.lookupRecording('3135556')).toMatchObject({
      title: 'Harder Better Faster Stronger',
      isrc: 'GBDUW0000059',
    });
    expect(fake.requests[0]?.path).toBe('/track/3135556');
  });

  it('reads "no data" (HTTP 200, error 800) as nothing found', async () => {
    expect(await provider.lookupIsrc('GBAYE0000000')).toEqual([]);
    expect(await provider.lookupRecording('1')).toBeUndefined();
    expect(fake.requests).toHaveLength(2);
  });

  it('does not ask about what cannot be an ISRC or a Deezer id', async () => {
    expect(await provider.lookupIsrc('not-an-isrc')).toEqual([]);
    expect(await provider.lookupRecording('../album/302127')).toBeUndefined();
    expect(fake.requests).toHaveLength(0);
  });

  it('reports a quota refusal (HTTP 200, error 4) as a RetryableError', async () => {
    fake.handle(() => ({ body: QUOTA }));
    const failure = provider.lookupRecording('3135556');
    await expect(failure).rejects.toBeInstanceOf(RetryableError);
    await expect(failure).rejects.toThrow(/Deezer error 4 \(Exception: Quota limit exceeded\)/);
  });

  it.each([
    ['an invalid query (600)', { error: { type: 'InvalidQueryException', message: 'Invalid query', code: 600 } }],
    ['a missing parameter (501)', { error: { type: 'MissingParameterException', message: 'no q', code: 501 } }],
  ])('reports %s as a PermanentError', async (_case, body) => {
    fake.handle(() => ({ body }));
    await expect(provider.searchRecordings({ text: 'x' })).rejects.toBeInstanceOf(PermanentError);
  });

  it('waits as a 429 Retry-After says, then answers', async () => {
    let calls = 0;
    fake.handle((request) => (++calls === 1 ? { status: 429, headers: { 'retry-after': '1' } } : deezer(request)));
    expect(await provider.lookupIsrc('USUM72409273')).toHaveLength(1);
    const [first, second] = fake.requests;
    expect((second?.at ?? 0) - (first?.at ?? 0)).toBeGreaterThanOrEqual(900);
  });

  it('gives up on repeated 500s with a RetryableError', async () => {
    fake.handle(() => ({ status: 502, body: 'Bad Gateway' }));
    await expect(provider.lookupRecording('3135556')).rejects.toBeInstanceOf(RetryableError);
    expect(fake.requests).toHaveLength(3);
  });

  it('reports a timeout and malformed JSON as RetryableErrors', async () => {
    const impatient = await providerHarness('deezer', fake.url, { timeoutMs: 200 });
    try {
      fake.handle((request) => ({ ...deezer(request), delayMs: 3000 }));
      await expect(new DeezerProvider(impatient.config, impatient.http).lookupRecording('3135556')).rejects.toThrow(
        /timed out/,
      );
    } finally {
      await impatient.close();
    }
    fake.handle(() => recordedReply(DAFT_PUNK.slice(0, 100)));
    await expect(provider.lookupRecording('3135556')).rejects.toBeInstanceOf(RetryableError);
  });

  it('passes its test against a working server and fails it on an in-body error', async () => {
    fake.handle(() => ({ body: EMPTY }));
    expect(await provider.test()).toMatchObject({
      ok: true,
      message: expect.stringMatching(/^Deezer at \S+ answered in \d+ ms$/),
    });
    fake.handle(() => ({ body: QUOTA }));
    expect(await provider.test()).toMatchObject({ ok: false, message: expect.stringMatching(/Quota limit exceeded/) });
    fake.handle(() => ({ status: 403, body: 'Forbidden' }));
    expect(await provider.test()).toMatchObject({ ok: false, message: expect.stringMatching(/HTTP 403/) });
  });

  it('is enabled as configured', () => {
    expect(provider.isEnabled()).toBe(true);
  });
});

describe('DeezerProvider with the cache on', () => {
  let fake: FakeHttpServer;
  let harness: ProviderHarness;
  let provider: DeezerProvider;

  beforeEach(async () => {
    fake = await startFakeHttpServer(deezer);
    harness = await providerHarness('deezer', fake.url, { cacheTtlMs: 60_000 });
    provider = new DeezerProvider(harness.config, harness.http);
  });

  afterEach(async () => {
    await harness.close();
    await fake.close();
  });

  it('answers a repeated search, lookup and "no data" from the cache', async () => {
    const query = { text: 'x', artist: 'Lou Doillon', title: 'Joke' };
    const first = await provider.searchRecordings(query);
    expect(await provider.searchRecordings(query)).toEqual(first);
    await provider.lookupIsrc('USUM72409273');
    expect(await provider.lookupIsrc('USUM72409273')).toHaveLength(1);
    await provider.lookupRecording('1');
    expect(await provider.lookupRecording('1')).toBeUndefined();
    expect(fake.requests.map((r) => r.path)).toEqual(['/search/track', '/track/isrc:USUM72409273', '/track/1']);
  });

  it('never caches a quota refusal', async () => {
    fake.handle(() => ({ body: QUOTA }));
    await expect(provider.lookupRecording('3135556')).rejects.toBeInstanceOf(RetryableError);
    fake.handle(deezer);
    expect(await provider.lookupRecording('3135556')).toMatchObject({ providerId: '3135556' });
    expect(await provider.lookupRecording('3135556')).toMatchObject({ providerId: '3135556' });
    expect(fake.requests).toHaveLength(2);
  });
});
