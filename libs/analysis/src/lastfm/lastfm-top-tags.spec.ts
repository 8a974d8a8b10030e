import { readFileSync } from 'node:fs';
import { PermanentError } from '@app/core';
import type { HttpClient, HttpRequest } from '@app/platform';
import { LastfmTopTags, readTopTags } from './lastfm-top-tags.js';

const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../test/fixtures/lastfm/${name}`, import.meta.url), 'utf8')) as unknown;

/** An HttpClient answering each request with the next body of `answers`, recording what was asked. */
function scripted(answers: unknown[]) {
  const asked: HttpRequest[] = [];
  const http = {
    request: (request: HttpRequest) => {
      asked.push(request);
      return Promise.resolve({ status: 200, url: 'http://lastfm.test/2.0/', data: answers.shift() });
    },
  } as unknown as HttpClient;
  return { http, asked };
}

describe('readTopTags', () => {
  it('reads every tag of a recorded track.getTopTags answer', () => {
    const tags = readTopTags(fixture('lastfm-track.gettoptags.json'));
    expect(tags).toHaveLength(90);
    expect(tags[0]).toEqual({ name: 'alternative', count: 100 });
  });

  it('reads one tag sent as an object, and counts sent as strings', () => {
    expect(readTopTags({ toptags: { tag: { name: 'rock', count: '55' } } })).toEqual([{ name: 'rock', count: 55 }]);
  });

  it.each([[{}], [{ toptags: {} }], [{ toptags: { tag: [{ count: 5 }, { name: 'x', count: 'many' }] } }], ['text']])(
    'reads no tags from %j',
    (answer) => {
      expect(readTopTags(answer)).toEqual([]);
    },
  );
});

describe('LastfmTopTags', () => {
  const options = { apiKey: 'key', backoffMs: 100, maxBackoffs: 2 };

  it('asks track.getTopTags with the key, autocorrect and JSON', async () => {
    const { http, asked } = scripted([fixture('lastfm-track.gettoptags.json')]);
    await new LastfmTopTags(http, options).track('Radiohead', 'Paranoid Android');
    expect(asked[0]?.params).toEqual({
      method: 'track.gettoptags',
      artist: 'Radiohead',
      track: 'Paranoid Android',
      autocorrect: 1,
      api_key: 'key',
      format: 'json',
    });
  });

  it('answers undefined for error 6 (not found)', async () => {
    const { http } = scripted([fixture('lastfm-error-6-artist-not-found.json')]);
    await expect(new LastfmTopTags(http, options).artist('Nobody')).resolves.toBeUndefined();
  });

  it('waits out error 29 with a doubling wait, then reads the answer', async () => {
    const waits: number[] = [];
    const rateLimited = { error: 29, message: 'Rate Limit Exceded' };
    const { http, asked } = scripted([rateLimited, rateLimited, fixture('lastfm-artist.gettoptags.json')]);
    const sleep = (ms: number) => Promise.resolve(void waits.push(ms));
    const tags = await new LastfmTopTags(http, { ...options, sleep }).artist('Cher');
    expect(tags?.[0]).toEqual({ name: 'pop', count: 100 });
    expect(waits).toEqual([100, 200]);
    expect(asked).toHaveLength(3);
  });

  it('gives up after maxBackoffs rate limits, and fails on any other error', async () => {
    const rateLimited = { error: 29, message: 'Rate Limit Exceded' };
    const limited = scripted([rateLimited, rateLimited, rateLimited]);
    const sleep = () => Promise.resolve();
    await expect(new LastfmTopTags(limited.http, { ...options, sleep }).artist('Cher')).rejects.toThrow('error 29');
    const invalid = scripted([{ error: 10, message: 'Invalid API key' }]);
    await expect(new LastfmTopTags(invalid.http, options).artist('Cher')).rejects.toBeInstanceOf(PermanentError);
  });
});
