// The YouTube Music provider against a loopback fake serving recorded InnerTube search answers.
import { PermanentError, RetryableError } from '@app/core';
import { type FakeHttpServer, type FakeRequest, startFakeHttpServer } from '@app/testing';
import { YTM_SONGS_PARAMS, YTM_VIDEOS_PARAMS } from '../src/providers/youtube-music/innertube.js';
import { YoutubeMusicProvider } from '../src/providers/youtube-music/youtube-music.provider.js';
import { type ProviderHarness, providerHarness } from './support/provider-harness.js';
import { cassetteBody, recordedReply, recordedText } from './support/recorded-responses.js';

const ISRC_ANSWER = cassetteBody('ytmusic/spotdl_ytm_search_isrc_GB2LD2210007.yaml');
const MOMENTS = cassetteBody('ytmusic/spotdl_ytm_search_lost_identities_moments.yaml');
const YOUTUBE = recordedText('youtube/spotdl_yt_search_abstrakt_nobody_else.search.json');
const EMPTY = { responseContext: {}, contents: { tabbedSearchResultsRenderer: { tabs: [] } } };

interface SearchBody {
  context: { client: Record<string, string> };
  query: string;
  params?: string;
}

const bodyOf = (request: FakeRequest | undefined) => JSON.parse(request?.body ?? '{}') as SearchBody;

/** The ISRC answer for the ISRC, the "Moments" answer for songs, nothing for videos. */
function innertube(request: FakeRequest) {
  const body = bodyOf(request);
  if (body.query === 'GB2LD2210007') return recordedReply(ISRC_ANSWER);
  return body.params === YTM_SONGS_PARAMS ? recordedReply(MOMENTS) : { body: EMPTY };
}

describe('YoutubeMusicProvider over HTTP', () => {
  let fake: FakeHttpServer;
  let harness: ProviderHarness;
  let provider: YoutubeMusicProvider;

  beforeAll(async () => {
    fake = await startFakeHttpServer(innertube);
    // Patient enough for a loaded machine: only the timeout test below runs with a short timeout of its own.
    harness = await providerHarness('youtube_music', fake.url, { timeoutMs: 10_000 });
    provider = new YoutubeMusicProvider(harness.config, harness.http);
  });

  beforeEach(() => {
    fake.requests.length = 0;
    fake.handle(innertube);
  });

  afterAll(async () => {
    await harness.close();
    await fake.close();
  });

  it('posts a songs search, then a videos search, as the YouTube Music web app does', async () => {
    const sources = await provider.searchSources({ text: 'x', artist: 'Lost Identities', title: 'Moments' });
    expect(sources.find((source) => source.id === '0h6XAAwX8II')).toMatchObject({ kind: 'song', durationMs: 220_000 });
    expect(sources.find((source) => source.id === '14CjyUYO8lE')).toMatchObject({ kind: 'video' });
    expect(fake.requests.map((r) => [r.method, r.path, r.query.get('prettyPrint')])).toEqual([
      ['POST', '/search', 'false'],
      ['POST', '/search', 'false'],
    ]);
    expect(fake.requests[0]?.headers['content-type']).toMatch(/^application\/json/);
    expect(bodyOf(fake.requests[0])).toEqual({
      context: { client: { clientName: 'WEB_REMIX', clientVersion: '1.20240101.01.00', hl: 'en', gl: 'US' } },
      query: 'Lost Identities Moments',
      params: YTM_SONGS_PARAMS,
    });
    expect(bodyOf(fake.requests[1])).toMatchObject({ query: 'Lost Identities Moments', params: YTM_VIDEOS_PARAMS });
  });

  it('searches the ISRC first and puts what it finds first, each video once', async () => {
    fake.handle((request) => (bodyOf(request).query === 'GB2LD2210007' ? innertube(request) : recordedReply(MOMENTS)));
    const sources = await provider.searchSources({ text: 'Lost Identities Moments', isrc: 'GB2LD2210007' });
    expect(bodyOf(fake.requests[0])).not.toHaveProperty('params');
    expect(fake.requests.map((r) => bodyOf(r).query)).toEqual([
      'GB2LD2210007',
      'Lost Identities Moments',
      'Lost Identities Moments',
    ]);
    expect(sources.map((source) => source.id)).toEqual([
      'nfyk-V5CoIE',
      'fxhzvHrTO2k',
      'wgpEmlJ3guA',
      'PVUe0rW8qkE',
      '0h6XAAwX8II',
      'r51FxWfnbh0',
      '14CjyUYO8lE',
      'GnKXjblvqOg',
      'EPwGkq2QZ8w',
    ]);
  });

  it('stops at the limit asked for', async () => {
    expect(await provider.searchSources({ text: 'Lost Identities Moments', limit: 3 })).toHaveLength(3);
  });

  it('points its sources at the configured watch URL, a mirror or a local server', async () => {
    const mirrored = await providerHarness('youtube_music', fake.url, { youtubeWatchUrl: 'http://127.0.0.1:9/watch' });
    try {
      const sources = await new YoutubeMusicProvider(mirrored.config, mirrored.http).searchSources({
        text: 'Lost Identities Moments',
        limit: 2,
      });
      expect(sources.map((s) => s.url)).toEqual(sources.map((s) => `http://127.0.0.1:9/watch?v=${s.id}`));
    } finally {
      await mirrored.close();
    }
  });

  it('reads a YouTube (web) search answer when the server gives one', async () => {
    fake.handle(() => recordedReply(YOUTUBE));
    const sources = await provider.searchSources({ text: 'abstrakt - nobody else' });
    expect(sources).toHaveLength(22);
    expect(sources[0]).toMatchObject({
      id: 'bNXMlIogpXc',
      url: 'https://www.youtube.com/watch?v=bNXMlIogpXc',
      durationMs: 162_000,
    });
  });

  it('waits as a 429 Retry-After says, then answers', async () => {
    let calls = 0;
    fake.handle((request) => (++calls === 1 ? { status: 429, headers: { 'retry-after': '1' } } : innertube(request)));
    expect(await provider.searchSources({ text: 'x', isrc: 'GB2LD2210007' })).not.toHaveLength(0);
    const [first, second] = fake.requests;
    expect((second?.at ?? 0) - (first?.at ?? 0)).toBeGreaterThanOrEqual(900);
    expect(bodyOf(second)).toEqual(bodyOf(first));
  });

  it('gives up on repeated 500s with a RetryableError', async () => {
    fake.handle(() => ({ status: 503 }));
    await expect(provider.searchSources({ text: 'x' })).rejects.toBeInstanceOf(RetryableError);
    expect(fake.requests).toHaveLength(3);
  });

  it('reports a timeout, malformed JSON and a foreign JSON answer as RetryableErrors', async () => {
    const impatient = await providerHarness('youtube_music', fake.url, { timeoutMs: 300 });
    try {
      fake.handle((request) => ({ ...innertube(request), delayMs: 3000 }));
      await expect(
        new YoutubeMusicProvider(impatient.config, impatient.http).searchSources({ text: 'x' }),
      ).rejects.toThrow(/timed out/);
    } finally {
      await impatient.close();
    }
    fake.handle(() => recordedReply(MOMENTS.slice(0, 5000)));
    await expect(provider.searchSources({ text: 'x' })).rejects.toThrow(/not valid JSON/);
    fake.handle(() => ({ body: { consent: 'Before you continue to YouTube' } }));
    await expect(provider.searchSources({ text: 'x' })).rejects.toThrow(/not an InnerTube search answer/);
  });

  it('reports a refused request (400) as a PermanentError', async () => {
    fake.handle(() => ({
      status: 400,
      body: { error: { code: 400, message: 'Request contains an invalid argument.' } },
    }));
    await expect(provider.searchSources({ text: 'x' })).rejects.toBeInstanceOf(PermanentError);
  });

  it('passes its test against a working server and fails it against a broken one', async () => {
    expect(await provider.test()).toMatchObject({
      ok: true,
      message: expect.stringMatching(/^YouTube Music at \S+ answered in \d+ ms \(8 results\)$/),
    });
    expect(bodyOf(fake.requests[0])).toMatchObject({ query: 'test', params: YTM_SONGS_PARAMS });
    fake.handle(() => ({ status: 403, body: 'Forbidden' }));
    expect(await provider.test()).toMatchObject({ ok: false, message: expect.stringMatching(/HTTP 403/) });
  });

  it('is enabled as configured', () => {
    expect(provider.isEnabled()).toBe(true);
  });
});

describe('YoutubeMusicProvider with the cache on', () => {
  it('answers a repeated search from the cache', async () => {
    const fake = await startFakeHttpServer(innertube);
    const harness = await providerHarness('youtube_music', fake.url, { cacheTtlMs: 60_000 });
    try {
      const provider = new YoutubeMusicProvider(harness.config, harness.http);
      const first = await provider.searchSources({ text: 'Lost Identities Moments' });
      expect(await provider.searchSources({ text: 'Lost Identities Moments' })).toEqual(first);
      expect(fake.requests).toHaveLength(2);
      await provider.searchSources({ text: 'Lost Identities Moments', isrc: 'GB2LD2210007' });
      expect(fake.requests).toHaveLength(3);
    } finally {
      await harness.close();
      await fake.close();
    }
  });
});
