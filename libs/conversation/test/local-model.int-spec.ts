// The optional local model behind an OpenAI-compatible endpoint, played by a fake on 127.0.0.1: its reading is used
// when it passes the checks, and requests are answered by the rules when it is wrong, down or slow.
import type { AppConfig } from '@app/config';
import type { RecordingCandidate, Scored } from '@app/core';
import type { JobEventBus } from '@app/jobs';
import type { IdentityResolution, IdentityResolver } from '@app/resolver';
import { type FakeHttpServer, type FakeResponse, makeTestConfig, startFakeHttpServer } from '@app/testing';
import type { ArtistReleases } from '../src/browse/artist-releases.service.js';
import { LocalModelReader } from '../src/model/local-model-reader.js';
import { ConversationalSearch } from '../src/search/conversational-search.service.js';
import type { SearchHistory } from '../src/search/search-history.service.js';
import type { SearchPreferenceStore } from '../src/search/search-preferences.service.js';

const candidate: Scored<RecordingCandidate> = {
  candidate: { provider: 'musicbrainz', providerId: '1', title: 'Hollow Crown', artists: ['Marrow Lane'] },
  score: 0.9,
  distance: 0.1,
  label: "'Hollow Crown' by Marrow Lane",
  parts: [],
  reasons: [],
};

/** A resolver that finds the song for any words naming its artist and title, and records what it was asked. */
function fakeResolver(searched: string[]): IdentityResolver {
  return {
    resolve: async (text: string) => {
      searched.push(text);
      const found = /marrow lane/i.test(text) && /hollow crown/i.test(text);
      return { ranked: found ? [candidate] : [] } as unknown as IdentityResolution;
    },
  } as unknown as IdentityResolver;
}

const answer = (content: unknown): FakeResponse => ({
  body: { choices: [{ message: { role: 'assistant', content: JSON.stringify(content) } }] },
});

let model: FakeHttpServer;
let searched: string[];

beforeEach(async () => {
  model = await startFakeHttpServer(() => answer({}));
  searched = [];
});

afterEach(async () => {
  await model.close();
});

function searchWith(modelUrl: string | undefined, timeoutMs = 5000): ConversationalSearch {
  const base = makeTestConfig();
  const config: AppConfig = { ...base, conversation: { modelUrl, model: 'tiny-test', modelTimeoutMs: timeoutMs } };
  const preferences = { get: async () => ({}), update: async () => ({}) } as unknown as SearchPreferenceStore;
  const history = { record: async () => undefined } as unknown as SearchHistory;
  const events = { publish: () => undefined } as unknown as JobEventBus;
  const releases = { browse: async () => [] } as unknown as ArtistReleases;
  const reader = new LocalModelReader(config);
  return new ConversationalSearch(fakeResolver(searched), reader, preferences, history, events, releases);
}

describe('the local model', () => {
  it('is asked as an OpenAI-compatible chat, and its checked reading is searched', async () => {
    model.handle(() => answer({ artist: 'Marrow Lane', title: 'Hollow Crown', kind: 'track' }));
    const result = await searchWith(`${model.url}/v1`).search('api', { query: 'hollow crown marrow lane' });
    expect(result.understoodBy).toBe('model');
    expect(result.constraints).toMatchObject({ artist: 'Marrow Lane', title: 'Hollow Crown', kind: 'track' });
    expect(searched).toEqual(['hollow crown marrow lane', 'Marrow Lane - Hollow Crown']);
    const sent = model.requests[0]!;
    expect([sent.method, sent.path]).toEqual(['POST', '/v1/chat/completions']);
    expect(JSON.parse(sent.body)).toMatchObject({
      model: 'tiny-test',
      messages: [{ role: 'system' }, { role: 'user', content: 'hollow crown marrow lane' }],
    });
  });

  it.each<[string, () => FakeResponse | Promise<FakeResponse>]>([
    ['invents an artist', () => answer({ artist: 'Metallica', title: 'One' })],
    ['answers prose', () => ({ body: { choices: [{ message: { content: 'I think it is a song.' } }] } })],
    ['fails', () => ({ status: 500, body: { error: 'model not loaded' } })],
    ['never answers', () => new Promise<FakeResponse>(() => undefined)],
  ])('leaves the request to the rules when it %s', async (_name, reply) => {
    model.handle(reply);
    const result = await searchWith(`${model.url}/v1`, 300).search('api', { query: 'hollow crown by marrow lane' });
    expect(result).toMatchObject({ understoodBy: 'rules', status: 'results' });
    expect(result.constraints).toMatchObject({ artist: 'marrow lane', title: 'hollow crown' });
    expect(searched).toEqual(['marrow lane - hollow crown']);
  });

  it('leaves the request to the rules when nothing listens at its address', async () => {
    const url = model.url;
    await model.close();
    const result = await searchWith(`${url}/v1`).search('api', { query: 'hollow crown by marrow lane' });
    expect(result.understoodBy).toBe('rules');
    model = await startFakeHttpServer(() => answer({}));
  });

  it('is not asked when no URL is set', async () => {
    const result = await searchWith(undefined).search('api', { query: 'hollow crown by marrow lane' });
    expect(result.understoodBy).toBe('rules');
    expect(model.requests).toEqual([]);
  });
});
