import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseReleaseTitle } from '../release-title/parse-release-title.js';
import { parseSearch } from '../torznab/parse-search.js';
import type { TorznabRelease } from '../torznab/torznab-release.js';
import type { AlbumTarget, DecisionContext, ReleaseCandidate } from './candidate.js';
import { decideRelease } from './decide-release.js';
import { DEFAULT_PROFILES, type QualityProfile } from './quality-profile.js';
import { rankReleases } from './rank-releases.js';
import { RELEASE_RULES } from './release-rules.js';

const MB = 1024 * 1024;
const profile = (name: string): QualityProfile => DEFAULT_PROFILES.find((p) => p.name === name)!;

function candidate(release: Partial<TorznabRelease> & { title: string }, priority = 25): ReleaseCandidate {
  const full: TorznabRelease = { guid: release.title, categories: [], magnetUrl: 'magnet:?xt=urn:btih:x', ...release };
  return { release: full, parsed: parseReleaseTitle(full.title), indexer: { name: 'test', priority } };
}

function context(album: Partial<AlbumTarget> = {}, more: Partial<DecisionContext> = {}): DecisionContext {
  return {
    album: { artist: 'Glenn Miller', title: 'In the Mood', trackCount: 1, durationSeconds: 210, ...album },
    profile: profile('Any'),
    requiredTerms: [],
    ignoredTerms: [],
    scoredTerms: [],
    ...more,
  };
}

const decide = (c: ReleaseCandidate, ctx: DecisionContext) => decideRelease(c, ctx, RELEASE_RULES);

describe('decisions on a Jackett music answer', () => {
  const releases = parseSearch(
    readFileSync(join(import.meta.dirname, '../../test/fixtures/jackett-music.search.xml'), 'utf8'),
  );
  const candidates = releases.map((release) => ({
    release,
    parsed: parseReleaseTitle(release.title),
    indexer: { name: 'pdaudio', priority: 25 },
  }));

  it('ranks FLAC over MP3-320 and rejects the zero-seeder pack with its reasons', () => {
    const ctx = context();
    const ranked = rankReleases(
      candidates.map((c) => decide(c, ctx)),
      ctx,
    );
    expect(ranked.map((d) => [d.candidate.parsed.quality, d.approved, d.rejections])).toEqual([
      ['FLAC', true, []],
      ['MP3-320', true, []],
      ['FLAC 24bit', false, ['Wrong album', 'Not enough seeders: 0. Minimum: 1']],
    ]);
  });

  it('rejects MP3 under the lossless profile', () => {
    const ctx = context({}, { profile: profile('Lossless') });
    const mp3 = decide(candidates[1]!, ctx);
    expect(mp3.rejections).toEqual(['MP3-320 is not wanted in profile Lossless']);
  });
});

describe('rule sentences', () => {
  it.each([
    [
      'no seeders',
      candidate({ title: 'Glenn Miller - In the Mood [FLAC]', seeders: 0 }),
      context(),
      'Not enough seeders: 0. Minimum: 1',
    ],
    [
      'track count',
      candidate({ title: 'Glenn Miller - In the Mood (1939) FLAC 12 tracks' }),
      context({ trackCount: 9 }),
      'Album has 9 tracks, the release has 12',
    ],
    [
      'too small',
      candidate({ title: 'Glenn Miller - In the Mood [FLAC]', sizeBytes: 42 * MB }),
      context({ durationSeconds: 52 * 60 }),
      'Size 42 MB is too small for 52 minutes of FLAC',
    ],
    [
      'too large',
      candidate({ title: 'Glenn Miller - In the Mood MP3 320kbps', sizeBytes: 1.2 * 1024 * MB }),
      context({ durationSeconds: 52 * 60 }),
      'Size 1.2 GB is too large for 52 minutes of MP3-320',
    ],
    ['wrong artist', candidate({ title: 'Benny Goodman - In the Mood [FLAC]' }), context(), 'Wrong artist'],
    ['pack', candidate({ title: 'Glenn Miller Discography [FLAC]' }), context(), 'Full artist pack'],
    [
      'cutoff met',
      candidate({ title: 'Glenn Miller - In the Mood [FLAC 24bit]' }),
      context({}, { profile: profile('Lossless'), existingQuality: 'FLAC' }),
      'Existing files meets cutoff: FLAC',
    ],
    [
      'no upgrade',
      candidate({ title: 'Glenn Miller - In the Mood MP3 256kbps' }),
      context({}, { existingQuality: 'MP3-256' }),
      'Existing files on disk is of equal or higher preference: MP3-256',
    ],
    [
      'required terms',
      candidate({ title: 'Glenn Miller - In the Mood [FLAC]' }),
      context({}, { requiredTerms: ['CD', 'Vinyl'] }),
      'Does not contain one of the required terms: CD, Vinyl',
    ],
    [
      'ignored terms',
      candidate({ title: 'Glenn Miller - In the Mood [FLAC] (Karaoke)' }),
      context({}, { ignoredTerms: ['karaoke'] }),
      'Contains these ignored terms: karaoke',
    ],
    [
      'no link',
      candidate({ title: 'Glenn Miller - In the Mood [FLAC]', magnetUrl: undefined }),
      context(),
      'The release has no download link',
    ],
  ])('%s', (_name, c, ctx, sentence) => {
    expect(decide(c, ctx).rejections).toEqual([sentence]);
  });

  it('accepts a release that passes every rule, noting what it could not check', () => {
    const decision = decide(candidate({ title: 'The Glenn Miller Orchestra - In the Mood (1939) [FLAC]' }), context());
    expect(decision).toMatchObject({ approved: true, rejections: [] });
    expect(decision.notes).toEqual(['The indexer did not report seeders', 'The indexer did not report a size']);
  });
});

describe('ranking', () => {
  const rank = (cs: ReleaseCandidate[], ctx = context()) =>
    rankReleases(
      cs.map((c) => decide(c, ctx)),
      ctx,
    ).map((d) => d.candidate.release.guid);

  it('puts quality before seeders', () => {
    expect(
      rank([
        candidate({ title: 'Glenn Miller - In the Mood MP3 320kbps', guid: 'mp3', seeders: 500 }),
        candidate({ title: 'Glenn Miller - In the Mood [FLAC]', guid: 'flac', seeders: 2 }),
      ]),
    ).toEqual(['flac', 'mp3']);
  });

  it('puts the scored terms before seeders', () => {
    const ctx = context({}, { scoredTerms: [{ term: 'CD', score: 10 }] });
    expect(
      rank(
        [
          candidate({ title: 'Glenn Miller - In the Mood [FLAC WEB]', guid: 'web', seeders: 500 }),
          candidate({ title: 'Glenn Miller - In the Mood [FLAC CD]', guid: 'cd', seeders: 2 }),
        ],
        ctx,
      ),
    ).toEqual(['cd', 'web']);
  });

  it('compares seeders on a log scale, then size closeness, then indexer priority', () => {
    const flac = (guid: string, seeders: number, sizeMb: number, priority = 25) =>
      candidate({ title: 'Glenn Miller - In the Mood [FLAC]', guid, seeders, sizeBytes: sizeMb * MB }, priority);
    // 210 s of FLAC at 900 kbps is about 22.5 MB.
    expect(rank([flac('far', 12, 40), flac('close', 10, 23), flac('few', 2, 23)])).toEqual(['close', 'far', 'few']);
    expect(rank([flac('second', 10, 23, 25), flac('first', 10, 23, 1)])).toEqual(['first', 'second']);
  });

  it('lists rejected releases last', () => {
    expect(
      rank([
        candidate({ title: 'Glenn Miller - In the Mood [FLAC]', guid: 'dead', seeders: 0 }),
        candidate({ title: 'Glenn Miller - In the Mood MP3 192kbps', guid: 'alive', seeders: 3 }),
      ]),
    ).toEqual(['alive', 'dead']);
  });
});
