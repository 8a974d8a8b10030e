// The title parsers run on every request's query (up to 2,000 characters) and on titles from providers. Each
// row is a run of what one of their patterns repeats, without what it needs to end. Linear parsing takes a few
// milliseconds; the bound only catches a pattern that turned super-linear (it would take seconds to minutes).
import { candidateSplits, normalizeForMatch, parseRequest, parseTitle } from './index.js';

const LENGTH = 2000;
const BOUND_MS = 1000;

const UNITS = [
  ' ',
  '-',
  '–',
  '.',
  ',',
  '(',
  ')',
  '[',
  '{',
  "'",
  '"',
  '0',
  '1.',
  'a ',
  '&',
  '/',
  '|',
  ':',
  '~',
  '_',
  'x ',
  ' -',
  '- ',
  '( ',
  '((',
  ' (',
  'feat ',
  'ft. ',
  ' x ',
  ' & ',
  ' #a',
  ' -a',
  'a- ',
  '【',
  '【a】',
  '(by ',
  'by ',
  'B2. ',
  '. ',
  'a-',
  '(a',
  '#',
  '1 ',
  'vs ',
  'remix ',
  'Remix (',
  'live ',
  'a.b',
  'official video ',
  'prod. ',
  '\u200b',
  '&amp;',
  '&#',
  '【',
  '- Topic',
];

function elapsed(fn: () => unknown): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

describe.each([
  ['parseRequest', (s: string) => parseRequest(s)],
  ['parseTitle', (s: string) => parseTitle(s)],
  ['normalizeForMatch', (s: string) => normalizeForMatch(s)],
  ['candidateSplits', (s: string) => candidateSplits(s)],
])('%s on 2,000 characters of', (_name, parse) => {
  it.each(UNITS.map((unit) => [JSON.stringify(unit), unit]))('%s', (_shown, unit) => {
    const text = unit.repeat(Math.ceil(LENGTH / unit.length)).slice(0, LENGTH);
    expect(elapsed(() => parse(text))).toBeLessThan(BOUND_MS);
    expect(elapsed(() => parse(`${text}!`))).toBeLessThan(BOUND_MS);
  });
});
