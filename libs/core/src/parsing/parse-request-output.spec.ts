import { parseRequest, parseTitle } from './parse-request.js';

describe('parseRequest noise', () => {
  it.each([
    ['03 - Linkin Park - Numb.mp3', ['.mp3', '03']],
    ['1-07 Daft Punk - Get Lucky.opus', ['.opus', '1-07']],
    ['Rick Astley - Never Gonna Give You Up (Official Music Video)', ['Official Music Video']],
    ['Olivia Rodrigo - drivers license (Official Video) **NEW**', ['**NEW**', 'Official Video']],
    ['Adele - Someone Like You | Official Video', ['Official Video']],
    ['【MV】米津玄師 - Lemon', ['MV']],
    ['PSY - GANGNAM STYLE(강남스타일) M/V', ['M/V', '강남스타일']],
    ["BTS (방탄소년단) 'Dynamite' Official MV", ['Official MV', '방탄소년단']],
    ['BTS "Dynamite" Dance Practice', ['Dance Practice']],
    ['Queen - Don&#39;t Stop Me Now (Official Video) [1979]', ['Official Video', '1979']],
    ['Tones and I - Dance Monkey lyrics', ['lyrics']],
    ['Eminem - Lose Yourself [HD]', ['HD']],
    ['Linkin Park - Numb (Official Music Video) - Linkin Park', ['Official Music Video', 'Linkin Park']],
    ['Linkin Park - Numb', []],
  ])('%j drops %j', (input, noise) => {
    expect(parseRequest(input).noise).toEqual(noise);
  });
});

describe('parseRequest output', () => {
  it('keeps version markers in `cleaned` and out of `title`', () => {
    const sut = parseRequest('Linkin Park - Numb (Live) [Official Video]');
    expect([sut.cleaned, sut.title, sut.versions]).toEqual([
      'Linkin Park - Numb (Live)',
      'Numb',
      [{ kind: 'live', text: 'Live' }],
    ]);
  });

  it('reports the remixer and the words that matched', () => {
    expect(parseRequest('Shape of You (Major Lazer Remix) [feat. Nyla & Kali]')).toMatchObject({
      title: 'Shape of You',
      featured: ['Nyla', 'Kali'],
      versions: [{ kind: 'remix', detail: 'Major Lazer', text: 'Remix' }],
    });
  });

  it('returns no title for a string that is only noise', () => {
    expect(parseRequest('(Official Video) [HD]')).toMatchObject({ title: undefined, artists: [], splits: [] });
  });
});

describe('parseRequest splits', () => {
  it('lists every artist/title cut of a query without separator, the likeliest first', () => {
    const sut = parseRequest('numb linkin park');
    expect(sut.splits[0]).toEqual({ artist: 'linkin park', title: 'numb' });
    expect(sut.splits).toHaveLength(4);
    expect(sut.splits).toEqual(
      expect.arrayContaining([
        { artist: 'numb', title: 'linkin park' },
        { artist: 'park', title: 'numb linkin' },
        { artist: 'numb linkin', title: 'park' },
      ]),
    );
  });

  it('splits what is left once markers and featured artists are out', () => {
    expect(parseRequest('numb linkin park (live) feat. jay-z').splits[0]).toEqual({
      artist: 'linkin park',
      title: 'numb',
    });
  });

  it.each(['Linkin Park - Numb', 'Numb by Linkin Park', 'Toto "Africa"', 'Toto: Africa', 'Numb'])(
    'has no splits for %j',
    (input) => {
      expect(parseRequest(input).splits).toEqual([]);
    },
  );
});

describe('parseTitle', () => {
  it.each([
    ['Numb (Live)', 'Numb', ['live']],
    ['Call On Me (Ryan Extended Remix)', 'Call On Me', ['extended', 'remix']],
    ['Josephine - Radio Edit (Acoustique)', 'Josephine', ['radio-edit', 'acoustic']],
    ['"Numb"', 'Numb', []],
    ['Nocturne Op.9 - No.2', 'Nocturne Op.9 - No.2', []],
  ])('%j is %j with %j', (input, title, kinds) => {
    const sut = parseTitle(input);
    expect([sut.title, sut.versions.map((v) => v.kind)]).toEqual([title, kinds]);
  });
});

describe('long input', () => {
  const LONG = [
    'a - '.repeat(2500),
    '('.repeat(10_000),
    '(['.repeat(5000),
    `Linkin Park - Numb ${'x'.repeat(10_000)} (Live)`,
    `${'-'.repeat(9999)}a`,
    ' by '.repeat(2500),
    "'a' ".repeat(2500),
    'feat. '.repeat(1667),
    `[${'Official Video '.repeat(666)}]`,
    '(Live) '.repeat(1428),
    `${':;-|~,/ '.repeat(1250)}b`,
    `${'a - b'.repeat(2000)} - Remix`,
    `${'a '.repeat(4999)}sped up`,
  ];

  it.each(LONG.map((s, i) => [i, s.length, s] as const))('parses input %i (%i characters)', (_i, _length, input) => {
    expect(typeof parseRequest(input).cleaned).toBe('string');
    expect(typeof parseTitle(input).title).toBe('string');
  });
});
