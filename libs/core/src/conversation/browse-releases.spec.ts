import { browseKind, type BrowsedReleaseGroup, browseResults, MAX_BROWSED } from './browse-releases.js';
import { parseConversation } from './parse-conversation.js';

const group = (title: string, primaryType: string, firstReleaseDate?: string, secondaryTypes: string[] = []) =>
  ({
    id: `rg-${title}`,
    title,
    primaryType,
    secondaryTypes,
    ...(firstReleaseDate && { firstReleaseDate }),
  }) as BrowsedReleaseGroup;

/** One artist's catalogue as a release-group browse lists it: not in date order, with a live album and a compilation. */
const CATALOGUE: BrowsedReleaseGroup[] = [
  group('Underpass', 'Album', '2012-10-01'),
  group('Tidal Static', 'EP', '2019-03-22'),
  group('Quiet Districts', 'Album', '2008-02-11'),
  group('Last Train', 'Single', '2021-12-03'),
  group('Fog Lines', 'EP', '2010-06'),
  group('Live at the Depot', 'Album', '2015-04-04', ['Live']),
  group('Collected Static', 'Album', '2022', ['Compilation']),
  group('Demo Tapes', 'EP'),
];
const ARTIST = { name: 'Ash Meridian', score: 1 };

describe('browseKind: which requests are answered from the artist catalogue', () => {
  it.each([
    ['latest Ash Meridian EP', { kind: 'latest', type: 'EP' }],
    ["ash meridian's newest album", { kind: 'latest', type: 'Album' }],
    ['the most recent single by Ash Meridian', { kind: 'latest', type: 'Single' }],
    ['Ash Meridian discography', { kind: 'discography' }],
    ['everything by Ash Meridian', { kind: 'discography' }],
    ['all the albums by Ash Meridian in flac', { kind: 'discography' }],
    // A title or album named: a recording search, not a browse.
    ["Ash Meridian's latest album Underpass", undefined],
    ['Ash Meridian - Tidal Static', undefined],
    ['tidal static by ash meridian', undefined],
    // A kind without "latest" names a release to match, not the newest one.
    ['the Ash Meridian EP', undefined],
  ])('%s → %j', (request, expected) => {
    expect(browseKind(parseConversation(request))).toEqual(expected);
  });
});

describe('browseResults', () => {
  const titles = (request: string) => {
    const constraints = parseConversation(request);
    return browseResults(browseKind(constraints)!, ARTIST, CATALOGUE).map((r) => `${r.title} | ${r.why}`);
  };

  it.each([
    [
      'latest Ash Meridian EP',
      [
        'Tidal Static | Newest EP by Ash Meridian · 2019-03-22',
        'Fog Lines | Older EP · 2010-06',
        'Demo Tapes | Older EP · date unknown',
      ],
    ],
    [
      'the newest album by Ash Meridian',
      ['Underpass | Newest album by Ash Meridian · 2012-10-01', 'Quiet Districts | Older album · 2008-02-11'],
    ],
    ['latest single by ash meridian', ['Last Train | Newest single by Ash Meridian · 2021-12-03']],
    [
      'Ash Meridian discography',
      [
        'Quiet Districts | Album 1 of 2 by Ash Meridian · 2008-02-11',
        'Underpass | Album 2 of 2 by Ash Meridian · 2012-10-01',
      ],
    ],
  ])('%s → studio releases of the type in order, each saying why', (request, expected) => {
    expect(titles(request)).toEqual(expected);
  });

  it('makes each card an album request for the artist and the release, with its year and type', () => {
    const [newest] = browseResults({ kind: 'latest', type: 'EP' }, { name: 'Ash Meridian', score: 0.93 }, CATALOGUE);
    expect(newest).toEqual({
      id: 'r1',
      kind: 'album',
      title: 'Tidal Static',
      artists: ['Ash Meridian'],
      year: 2019,
      version: 'EP',
      score: 0.93,
      why: 'Newest EP by Ash Meridian · 2019-03-22',
      request: { query: 'Ash Meridian - Tidal Static', kind: 'album' },
    });
  });

  it(`answers nothing for an artist without releases of the type, and at most ${MAX_BROWSED} cards`, () => {
    expect(browseResults({ kind: 'latest', type: 'Single' }, ARTIST, [group('Underpass', 'Album', '2012')])).toEqual(
      [],
    );
    const many = Array.from({ length: MAX_BROWSED + 5 }, (_, i) => group(`Album ${i}`, 'Album', `${1950 + i}`));
    const listed = browseResults({ kind: 'discography' }, ARTIST, many);
    expect(listed).toHaveLength(MAX_BROWSED);
    expect(listed.map((r) => r.id)).toEqual(listed.map((_, i) => `r${i + 1}`));
  });
});
