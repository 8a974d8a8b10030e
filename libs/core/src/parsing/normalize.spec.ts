import { normalizeForMatch, wordSimilarity } from './normalize.js';

describe('normalizeForMatch', () => {
  it.each([
    ['Numb', 'numb'],
    ['  NUMB  ', 'numb'],
    ['Beyoncé', 'beyonce'],
    ['Sigur Rós', 'sigur ros'],
    ['Mötley Crüe', 'motley crue'],
    ['Røyksopp', 'royksopp'],
    ['Die Ärzte', 'die arzte'],
    ['Straße', 'strasse'],
    ['The Beatles', 'beatles'],
    ['Beatles, The', 'beatles'],
    ['The The', 'the'],
    ['Simon & Garfunkel', 'simon and garfunkel'],
    ["Rock 'n' Roll", 'rock and roll'],
    ['AC/DC', 'ac dc'],
    ['R.E.M.', 'rem'],
    ['HUMBLE.', 'humble'],
    ['P!nk', 'pnk'],
    ['Panic! at the Disco', 'panic at the disco'],
    ["Don't Stop Me Now", 'dont stop me now'],
    ['Don’t Stop Me Now', 'dont stop me now'],
    ['Jay-Z', 'jay z'],
    ['ＡＢＣ', 'abc'],
    ['マリーゴールド', 'マリーゴールド'],
    ['방탄소년단', '방탄소년단'],
    ['夜に駆ける', '夜に駆ける'],
  ])('%j -> %j', (input, expected) => {
    expect(normalizeForMatch(input)).toBe(expected);
  });

  it('treats composed and decomposed accents alike', () => {
    expect(normalizeForMatch('Beyonce\u0301')).toBe(normalizeForMatch('Beyonc\u00e9'));
  });
});

describe('wordSimilarity', () => {
  it.each([
    ['Numb', 'numb', 1],
    ['The Beatles', 'Beatles', 1],
    ['numb encore', 'Numb / Encore', 1],
    ['linkin park', 'JAY-Z & Linkin Park', 4 / 7],
    ['numb', 'in the end', 0],
    ['', 'numb', 0],
  ])('%j ~ %j = %d', (a, b, expected) => {
    expect(wordSimilarity(a, b)).toBeCloseTo(expected, 5);
  });
});
