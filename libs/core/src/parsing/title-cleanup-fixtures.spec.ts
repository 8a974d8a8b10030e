import { readFileSync } from 'node:fs';
import { decodeHtmlEntities, removeZeroWidth, replaceNbsp, replaceSmartQuotes } from './clean-title.js';
import { extractFeatured, fixVariousArtists, splitArtists } from './featuring.js';
import { parseRequest, parseTitle } from './parse-request.js';
import { bracketVersionSuffix } from './version-markers.js';

interface FixtureCase {
  input: string;
  expected: string;
  function: string;
  description?: string;
  origin: string;
  extra?: { is_cover?: boolean; is_remix?: boolean; acoustic?: boolean };
}

const cases: FixtureCase[] = readFileSync(
  new URL('../../test/fixtures/title-cleanup/title_cleanup_cases.jsonl', import.meta.url),
  'utf8',
)
  .split('\n')
  .filter((line) => line.trim())
  .map((line) => JSON.parse(line) as FixtureCase);

const titleOf = (s: string) => parseTitle(s).title;
const requestTitle = (s: string) => parseRequest(s).title ?? '';
const requestAsText = (s: string) => {
  const r = parseRequest(s);
  return [r.artists.join(', '), r.title].filter(Boolean).join(' - ');
};
const withFeatured = (s: string) => {
  const r = extractFeatured(s);
  return r.featured.length > 0 ? `${r.text} feat. ${r.featured.join(', ')}` : r.text;
};

/** Each fixture `function` mapped to the function of ours that does that job. */
const CLEANERS: Record<string, (s: string) => string> = {
  'album-artist-from-artist': (s) => extractFeatured(s).text,
  'decode-html-entities': decodeHtmlEntities,
  'fix-track-suffix': bracketVersionSuffix,
  'fix-various-artists': fixVariousArtists,
  'normalize-feature': withFeatured,
  'remove-additional-artists': (s) => splitArtists(s)[0] ?? '',
  'remove-clean-explicit': titleOf,
  'remove-feature': (s) => extractFeatured(s).text,
  'remove-live': titleOf,
  'remove-parody': titleOf,
  'remove-reissue': titleOf,
  'remove-remastered': titleOf,
  'remove-version': titleOf,
  'remove-zero-width': removeZeroWidth,
  'replace-nbsp': replaceNbsp,
  'replace-smart-quotes': replaceSmartQuotes,
  youtube: requestTitle,
  'filter:spotify(track)': titleOf,
  'tuneefy:MusicalEntity::parse (safe_title)': titleOf,
  'tuneefy:YoutubePlatform::parseYoutubeMusicVideoTitle[0] (title part)': requestTitle,
  'musichead:clean_video_title': requestAsText,
};

const LIVE_REMASTER = 'We report both markers and keep both out of the title; the source removes only "Remastered".';
const DASH_IN_TITLE =
  'A dash inside a known title stays unless what follows is a version or noise phrase; movements and subtitles are part of the name.';
const FEATURED_OUT = 'Featured artists leave the title and are reported in `featured` (asserted below).';

/** Cases where our goal differs from the source project's: [function, input, what we return, why]. */
const DEVIATIONS: [fn: string, input: string, ours: string, reason: string][] = [
  ['remove-remastered', 'Track Title (Live / Remastered)', 'Track Title', LIVE_REMASTER],
  ['remove-remastered', 'Track Title - Live / Remastered', 'Track Title', LIVE_REMASTER],
  ['youtube', 'Imminent (Lyric Video) ft. Joshua Idehen', 'Imminent', FEATURED_OUT],
  [
    'musichead:clean_video_title',
    'Gryffin, Slander - All You Need To Know (Audio) ft. Calle Lehmann',
    'Gryffin, Slander - All You Need To Know',
    `${FEATURED_OUT} The double space in the source is a leftover of its regex.`,
  ],
  [
    'tuneefy:MusicalEntity::parse (safe_title)',
    "A State Of Trance (ASOT 810) (About 'This Is A Test')",
    "A State Of Trance (ASOT 810) (About 'This Is A Test')",
    'Unrecognised bracket groups stay in the title: they are often part of the name (see "Open Fire").',
  ],
  [
    'tuneefy:MusicalEntity::parse (safe_title)',
    "Ana's Song (Open Fire)",
    "Ana's Song (Open Fire)",
    'The released title is "Ana\'s Song (Open Fire)" (Silverchair, Neon Ballroom): the group is part of the name.',
  ],
  [
    'tuneefy:MusicalEntity::parse (safe_title)',
    'Back to the Future — Back to the Future',
    'Back to the Future - Back to the Future',
    DASH_IN_TITLE,
  ],
  [
    'tuneefy:MusicalEntity::parse (safe_title)',
    'Piano Sonata No.14 in C Sharp Minor Op.27 No.2 – Moonlight: 1. Adagio sostenuto',
    'Piano Sonata No.14 in C Sharp Minor Op.27 No.2 - Moonlight: 1. Adagio sostenuto',
    DASH_IN_TITLE,
  ],
  ['tuneefy:MusicalEntity::parse (safe_title)', 'Nocturne Op.9 - No.2', 'Nocturne Op.9 - No.2', DASH_IN_TITLE],
];

const deviationFor = (c: FixtureCase) => DEVIATIONS.find(([fn, input]) => fn === c.function && input === c.input);

describe('title cleanup fixtures', () => {
  it('maps every fixture function to a cleaner', () => {
    expect([...new Set(cases.map((c) => c.function))].filter((fn) => !(fn in CLEANERS))).toEqual([]);
  });

  it.each(cases.map((c) => [c.function, c.input, c] as const))('%s: %j', (fn, input, c) => {
    const cleaner = CLEANERS[fn];
    expect(cleaner?.(input)).toBe(deviationFor(c)?.[2] ?? c.expected);
  });

  it('lists only deviations that exist and differ from the source', () => {
    for (const [fn, input, ours] of DEVIATIONS) {
      const source = cases.find((c) => c.function === fn && c.input === input);
      expect({ fn, input, found: source !== undefined, differs: source?.expected !== ours }).toEqual({
        fn,
        input,
        found: true,
        differs: true,
      });
    }
  });
});

describe('title cleanup fixtures: what we report where we differ', () => {
  it('reports the featured artists it takes out where the source keeps them', () => {
    expect(parseRequest('Imminent (Lyric Video) ft. Joshua Idehen').featured).toEqual(['Joshua Idehen']);
    expect(parseRequest('Gryffin, Slander - All You Need To Know (Audio) ft. Calle Lehmann').featured).toEqual([
      'Calle Lehmann',
    ]);
  });

  it.each(['Track Title (Live / Remastered)', 'Track Title - Live / Remastered'])(
    'reports live and remaster for %j',
    (input) => {
      expect(parseTitle(input).versions.map((v) => v.kind)).toEqual(['live', 'remaster']);
    },
  );

  const flagged = cases.filter((c) => c.extra && c.function.startsWith('tuneefy:MusicalEntity'));
  it.each(flagged.map((c) => [c.input, c.extra] as const))('reports the variant flags of %j', (input, extra) => {
    const kinds = parseTitle(input).versions.map((v) => v.kind);
    expect({
      cover: kinds.includes('cover'),
      remix: kinds.includes('remix'),
      acoustic: kinds.includes('acoustic'),
    }).toEqual({ cover: extra?.is_cover, remix: extra?.is_remix, acoustic: extra?.acoustic });
  });

  it.each([
    ['remove-clean-explicit', 'Track [Explicit]', 'explicit'],
    ['remove-clean-explicit', 'Track (Clean)', 'clean'],
    ['remove-live', 'Track Title - Live @ Moon', 'live'],
    ['remove-remastered', 'Track Title - 2011 - Remaster', 'remaster'],
    ['fix-track-suffix', 'Track Title - Instrumental', 'instrumental'],
  ])('%s: %j is reported as %s', (_fn, input, kind) => {
    expect(parseTitle(input).versions.map((v) => v.kind)).toEqual([kind]);
  });
});
