import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SourceUrlPolicy } from '@app/platform';
import { type FakeHttpServer, startFakeHttpServer } from '@app/testing';
import { DEFAULT_PROFILES } from '../decision/quality-profile.js';
import { searchAlbumReleases } from './album-release-search.js';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, '../../test/fixtures', name), 'utf8');
const profile = (name: string) => DEFAULT_PROFILES.find((p) => p.name === name)!;
const album = { artist: 'Glenn Miller', title: 'In the Mood', trackCount: 1, durationSeconds: 210 };
const policy = new SourceUrlPolicy(true);

describe('searching every indexer for an album', () => {
  let good: FakeHttpServer;
  let bad: FakeHttpServer;
  beforeAll(async () => {
    good = await startFakeHttpServer(() => ({ body: fixture('jackett-music.search.xml') }));
    bad = await startFakeHttpServer(() => ({ status: 401, body: fixture('jackett-error-100.xml') }));
  });
  afterAll(async () => {
    await good.close();
    await bad.close();
  });

  const indexer = (server: FakeHttpServer, name: string, priority = 25) => ({
    url: `${server.url}/api/v2.0/indexers/x/results/torznab/`,
    apiKey: 'k',
    categories: [3000],
    name,
    priority,
  });

  it('ranks the releases of the indexers that answer and reports the dead one', async () => {
    const result = await searchAlbumReleases(
      [indexer(bad, 'Broken'), indexer(good, 'Jackett')],
      album,
      profile('Any'),
      policy,
    );
    expect(result.indexerProblems).toEqual([
      { indexer: 'Broken', message: expect.stringMatching(/refused the API key/) },
    ]);
    expect(result.decisions.map((d) => [d.candidate.parsed.quality, d.approved])).toEqual([
      ['FLAC', true],
      ['MP3-320', true],
      ['FLAC 24bit', false],
    ]);
    expect(result.fallbackToYouTube).toBe(false);
    expect(result.summary).toBe(
      '2 of 3 releases approved; 1 indexer(s) failed; best: Glenn Miller And His Orchestra - In the Mood (1939) [FLAC 16-44.1]',
    );
  });

  it('falls back to YouTube when nothing is approved and the profile allows it', async () => {
    const strict = { ...profile('Any'), minimumSeeders: 100 };
    const result = await searchAlbumReleases([indexer(good, 'Jackett')], album, strict, policy);
    expect(result.decisions.every((d) => !d.approved)).toBe(true);
    expect(result.fallbackToYouTube).toBe(true);
    expect(result.summary).toBe('No release approved among 3; trying YouTube sources');
  });

  it('does not fall back when the profile wants lossless only', async () => {
    const result = await searchAlbumReleases([indexer(bad, 'Broken')], album, profile('Lossless'), policy);
    expect(result).toMatchObject({ fallbackToYouTube: false, decisions: [] });
  });
});
