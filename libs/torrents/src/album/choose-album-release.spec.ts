import type { AlbumTarget, DecisionContext, ReleaseCandidate } from '../decision/candidate.js';
import { decideRelease } from '../decision/decide-release.js';
import { DEFAULT_PROFILES } from '../decision/quality-profile.js';
import { rankReleases } from '../decision/rank-releases.js';
import { RELEASE_RULES } from '../decision/release-rules.js';
import { parseReleaseTitle } from '../release-title/parse-release-title.js';
import type { TorznabRelease } from '../torznab/torznab-release.js';
import { chooseAlbumRelease } from './choose-album-release.js';

const MB = 1024 * 1024;
const album: AlbumTarget = { artist: 'Elsa Marrow', title: 'Low Tide Songs', trackCount: 10, durationSeconds: 2400 };
const context: DecisionContext = {
  album,
  profile: DEFAULT_PROFILES.find((p) => p.name === 'Any')!,
  requiredTerms: [],
  ignoredTerms: [],
  scoredTerms: [],
};

function release(title: string, more: Partial<TorznabRelease> = {}, priority = 25): ReleaseCandidate {
  const full: TorznabRelease = {
    title,
    guid: title,
    categories: [3040],
    torrentUrl: `http://indexer/${encodeURIComponent(title)}.torrent`,
    seeders: 20,
    sizeBytes: 280 * MB,
    ...more,
  };
  return { release: full, parsed: parseReleaseTitle(title), indexer: { name: 'jackett', priority } };
}

const choose = (...candidates: ReleaseCandidate[]) =>
  chooseAlbumRelease(
    rankReleases(
      candidates.map((c) => decideRelease(c, context, RELEASE_RULES)),
      context,
    ),
    context,
  );

describe('chooseAlbumRelease', () => {
  it('grabs a release the ranking puts clearly ahead (better quality)', () => {
    const sut = choose(
      release('Elsa Marrow - Low Tide Songs (2019) [MP3 320]', { sizeBytes: 92 * MB }),
      release('Elsa Marrow - Low Tide Songs (2019) [FLAC]'),
    );
    expect(sut).toMatchObject({ kind: 'grab' });
    expect(sut.kind === 'grab' && sut.decision.candidate.release.title).toBe(
      'Elsa Marrow - Low Tide Songs (2019) [FLAC]',
    );
    expect(sut.reason).toBe(
      'Best of 2 approved: Elsa Marrow - Low Tide Songs (2019) [FLAC] (FLAC, 20 seeders, jackett)',
    );
  });

  it('grabs the release with far more seeders when the rest is alike', () => {
    const sut = choose(
      release('Elsa Marrow - Low Tide Songs (2019) [FLAC] WEB', { seeders: 2 }),
      release('Elsa Marrow - Low Tide Songs (2019) [FLAC] CD', { seeders: 150 }),
    );
    expect(sut.kind === 'grab' && sut.decision.candidate.release.seeders).toBe(150);
  });

  it('asks a person when the best two are alike in quality, score, seeders, size and indexer priority', () => {
    const sut = choose(
      release('Elsa Marrow - Low Tide Songs (2019) [FLAC] WEB', { seeders: 11, sizeBytes: 281 * MB }),
      release('Elsa Marrow - Low Tide Songs (2019) [FLAC] CD', { seeders: 12, sizeBytes: 279 * MB }),
      release('Elsa Marrow - Low Tide Songs (2019) [MP3 320]', { sizeBytes: 92 * MB }),
    );
    expect(sut.kind).toBe('ask');
    expect(sut.kind === 'ask' && sut.decisions).toHaveLength(3);
    expect(sut.reason).toMatch(
      /are alike in quality \(FLAC\), score, seeders and size; the ranking cannot tell them apart$/,
    );
  });

  it('does not count the same torrent listed by two indexers as a rival', () => {
    const sut = choose(
      release('Elsa Marrow - Low Tide Songs (2019) [FLAC]', { infoHash: 'a'.repeat(40) }),
      release('Elsa Marrow - Low Tide Songs (2019) [FLAC]', { infoHash: 'a'.repeat(40), guid: 'other' }),
    );
    expect(sut.kind).toBe('grab');
  });

  it('asks a person when the best release passed only because the indexer did not say its seeders', () => {
    const sut = choose(release('Elsa Marrow - Low Tide Songs (2019) [FLAC]', { seeders: undefined }));
    expect(sut).toMatchObject({
      kind: 'ask',
      reason: 'The best release, Elsa Marrow - Low Tide Songs (2019) [FLAC]: the indexer did not report its seeders',
    });
  });

  it('grabs nothing when no release is approved', () => {
    const sut = choose(release('Elsa Marrow - Low Tide Songs (2019) [FLAC]', { seeders: 0 }));
    expect(sut).toEqual({ kind: 'none', reason: 'No release approved among 1' });
  });
});
