import {
  decodeHtmlEntities,
  normalizeCjkBrackets,
  normalizeDashes,
  normalizeText,
  normalizeWhitespace,
  removeFileExtension,
  removeNoise,
  removeScriptAliases,
  removeTrackNumber,
  stripFileName,
  trimEdges,
  unquote,
} from './clean-title.js';
import { extractFeatured, splitArtists } from './featuring.js';

describe('character cleanup', () => {
  it.each([
    ['Tom &amp; Jerry &quot;Live&quot; &#8211; &#x2014;', 'Tom & Jerry "Live" – —'],
    ['&amp;amp;', '&amp;'],
    ['&bogus; &#0; &#x110000;', '&bogus; &#0; &#x110000;'],
  ])('decodes %j', (input, expected) => {
    expect(decodeHtmlEntities(input)).toBe(expected);
  });

  it.each([
    ['【MV】', '[MV]'],
    ['（Official Video）', '(Official Video)'],
    ['「夜に駆ける」', '"夜に駆ける"'],
    ['『紅蓮華』', '"紅蓮華"'],
    ['〔Live〕［HD］', '[Live][HD]'],
  ])('maps CJK brackets in %j', (input, expected) => {
    expect(normalizeCjkBrackets(input)).toBe(expected);
  });

  it.each([
    ['Metallica – One', 'Metallica - One'],
    ['Metallica — One', 'Metallica - One'],
    ['Metallica -- One', 'Metallica - One'],
    ['IU _ Blueming', 'IU - Blueming'],
    ['Jay-Z', 'Jay-Z'],
  ])('normalises dashes in %j', (input, expected) => {
    expect(normalizeDashes(input)).toBe(expected);
  });

  it('collapses spaces but keeps the ideographic space', () => {
    expect(normalizeWhitespace(' a \t\n b\u2003c\u3000d ')).toBe('a b c\u3000d');
  });

  it('composes to NFC and drops zero-width characters', () => {
    expect(normalizeText('Beyonce\u0301\u200b \u00a0Halo')).toBe('Beyonc\u00e9 Halo');
  });
});

describe('file names', () => {
  it.each([
    ['Numb.mp3', 'Numb', ['.mp3']],
    ['Numb.FLAC', 'Numb', ['.FLAC']],
    ['Numb.webm', 'Numb', ['.webm']],
    ['Mr. Brightside', 'Mr. Brightside', []],
    ['R.E.M.', 'R.E.M.', []],
  ])('removes the extension of %j', (input, text, removed) => {
    expect(removeFileExtension(input)).toEqual({ text, removed });
  });

  it.each([
    ['03 - Linkin Park - Numb', false, 'Linkin Park - Numb'],
    ['03. Numb', false, 'Numb'],
    ['03 Numb', true, 'Numb'],
    ['1-07 Get Lucky', true, 'Get Lucky'],
    ['7) Numb', true, 'Numb'],
    ['311 - Amber', false, '311 - Amber'],
    ['50 Cent - In Da Club', true, '50 Cent - In Da Club'],
    ['3 Doors Down - Kryptonite', true, '3 Doors Down - Kryptonite'],
    ['99 Luftballons', false, '99 Luftballons'],
    ['1979', false, '1979'],
    ['22', true, '22'],
  ])('track number in %j (file name: %s) -> %j', (input, isFileName, text) => {
    expect(removeTrackNumber(input, isFileName).text).toBe(text);
  });

  it('reads underscores as spaces in a file name without spaces', () => {
    expect(stripFileName('03_-_Linkin_Park_-_Numb.mp3')).toEqual({
      text: 'Linkin Park - Numb',
      removed: ['.mp3', '03'],
      isFileName: true,
    });
  });
});

describe('edges and quotes', () => {
  it.each([
    ['- Numb -', 'Numb'],
    ['"Numb', 'Numb'],
    ['Numb"', 'Numb'],
    ['"Numb"', '"Numb"'],
    [':Numb;', 'Numb'],
    ['Numb |', 'Numb'],
  ])('trims %j', (input, expected) => {
    expect(trimEdges(input)).toBe(expected);
  });

  it.each([
    ['"Numb"', 'Numb'],
    ["'Numb'", 'Numb'],
    ["'Til Tuesday", "'Til Tuesday"],
    ['Numb', 'Numb'],
  ])('unquotes %j', (input, expected) => {
    expect(unquote(input)).toBe(expected);
  });
});

describe('removeNoise', () => {
  it.each([
    ['Numb (Official Video) [HD]', 'Numb', ['Official Video', 'HD']],
    ['Numb - Official Audio', 'Numb', ['Official Audio']],
    ['Numb (Live) [Lyrics]', 'Numb (Live)', ['Lyrics']],
    ['Numb | Linkin Park Official', 'Numb', ['Linkin Park Official']],
    ['Numb ()', 'Numb', []],
    ['Numb (Prod. by Metro Boomin)', 'Numb', ['Prod. by Metro Boomin']],
  ])('%j -> %j', (input, text, removed) => {
    expect(removeNoise(input)).toEqual({ text, removed });
  });

  it('keeps a script alias apart from the name', () => {
    expect(removeScriptAliases('GANGNAM STYLE(강남스타일)')).toEqual({
      text: 'GANGNAM STYLE',
      removed: ['강남스타일'],
    });
    expect(removeScriptAliases('강남스타일 (GANGNAM STYLE)').removed).toEqual([]);
  });
});

describe('featured artists', () => {
  it.each([
    ['Numb (feat. Jay-Z)', 'Numb', ['Jay-Z']],
    ['Numb [ft. Jay-Z & Kanye West]', 'Numb', ['Jay-Z', 'Kanye West']],
    ['Numb (with Jay-Z)', 'Numb', ['Jay-Z']],
    ['Numb featuring Jay-Z and Kanye West', 'Numb', ['Jay-Z', 'Kanye West']],
    ['Eminem ft. Rihanna - Love The Way You Lie', 'Eminem - Love The Way You Lie', ['Rihanna']],
    ['Get Lucky feat. Pharrell Williams (Radio Edit)', 'Get Lucky (Radio Edit)', ['Pharrell Williams']],
    ['Defeat the Feature', 'Defeat the Feature', []],
  ])('%j -> %j with %j', (input, text, featured) => {
    expect(extractFeatured(input)).toEqual({ text, featured });
  });

  it.each([
    ['Marshmello x Bastille', ['Marshmello', 'Bastille']],
    ['Jay-Z vs. Linkin Park', ['Jay-Z', 'Linkin Park']],
    ['Gryffin, Slander', ['Gryffin', 'Slander']],
    ['Simon & Garfunkel', ['Simon & Garfunkel']],
    ['Earth, Wind & Fire', ['Earth, Wind & Fire']],
    ['Tyler, The Creator', ['Tyler, The Creator']],
    ['Florence + the Machine', ['Florence + the Machine']],
    ['Belle and Sebastian', ['Belle and Sebastian']],
    ['Malcolm X', ['Malcolm X']],
    ['AC/DC', ['AC/DC']],
  ])('splits the credit %j', (input, names) => {
    expect(splitArtists(input)).toEqual(names);
  });
});
