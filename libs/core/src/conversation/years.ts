import { type Taken, takeMatch, type YearRange } from './constraints.js';

const DECADE = String.raw`(?:(?:19|20)?(\d)0|'(\d)0)'?s`;
const YEAR = String.raw`((?:19|20)\d\d)`;
const LEAD = String.raw`(?:(?:from|in|of|released in|recorded in|circa|ca\.?|c\.)\s+)?(?:the\s+)?`;

/** Readers tried in order; the first that matches names the years. */
const READERS: { pattern: RegExp; read: (m: RegExpExecArray) => YearRange }[] = [
  {
    pattern: new RegExp(String.raw`\b(?:between|from)\s+${YEAR}\s+(?:and|to|-|–)\s+${YEAR}\b`, 'i'),
    read: (m) => range(Number(m[1]), Number(m[2])),
  },
  {
    pattern: new RegExp(String.raw`(?:^|\s)${YEAR}\s*(?:-|–|to)\s*${YEAR}\b`, 'i'),
    read: (m) => range(Number(m[1]), Number(m[2])),
  },
  {
    pattern: new RegExp(String.raw`\b(?:around|about|circa|ca\.?|c\.|roughly|approximately)\s+${YEAR}\b`, 'i'),
    read: (m) => range(Number(m[1]) - 1, Number(m[1]) + 1),
  },
  {
    pattern: new RegExp(String.raw`\b${LEAD}(early|mid|late)[\s-]+${DECADE}(?=\W|$)`, 'i'),
    read: (m) => partOfDecade(m[1]!.toLowerCase(), decadeStart(m[0])),
  },
  {
    pattern: new RegExp(String.raw`\b${LEAD}${DECADE}(?=\W|$)`, 'i'),
    read: (m) => range(decadeStart(m[0]), decadeStart(m[0]) + 9),
  },
  {
    // A bare year is often a title ("1979"); only a preposition makes it a date.
    pattern: new RegExp(String.raw`\b(?:from|in|released in|recorded in)\s+${YEAR}\b|\(${YEAR}\)`, 'i'),
    read: (m) => range(Number(m[1] ?? m[2]), Number(m[1] ?? m[2])),
  },
];

/** The years a request names ("around 2004", "90s", "early 2000s", "from 1999", "2003-2005"). */
export function takeYears(text: string): Taken<YearRange> {
  for (const reader of READERS) {
    const { match, rest } = takeMatch(text, reader.pattern);
    if (match) return { value: reader.read(match), rest };
  }
  return { value: undefined, rest: text };
}

const range = (a: number, b: number): YearRange => ({ from: Math.min(a, b), to: Math.max(a, b) });

/** "90s" and "'90s" are the 1990s; "2000s" and "00s" the 2000s; "20s" alone means the 2020s. */
function decadeStart(words: string): number {
  const digits = /(\d{2,4})'?s/i.exec(words.replace(/'(\d)/, '$1'))?.[1] ?? '';
  if (digits.length === 4) return Number(digits);
  const two = Number(digits);
  return two >= 30 ? 1900 + two : 2000 + two;
}

function partOfDecade(part: string, start: number): YearRange {
  if (part === 'early') return range(start, start + 3);
  if (part === 'mid') return range(start + 3, start + 6);
  return range(start + 7, start + 9);
}
