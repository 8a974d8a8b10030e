import { findGroups, removeGroups } from './brackets.js';
import { trimEdges } from './clean-title.js';

export interface Featuring {
  text: string;
  featured: string[];
}

// How a featured credit is introduced, in the languages titles come in; only inside brackets for the longer ones.
const FEAT_WORDS = ['feat\\.?', 'ft\\.?', 'featuring'];
const FEAT_GROUP_WORDS = [...FEAT_WORDS, 'with', 'avec', 'part\\.', 'z udziałem', 'при участии', 'participação de'];
const FEAT_GROUP = new RegExp(`^(?:${FEAT_GROUP_WORDS.join('|')})\\s+(.+)$`, 'iu');
const FEAT_INLINE = new RegExp(`(?:^|\\s)(?:${FEAT_WORDS.join('|')})\\s+`, 'i');

/**
 * Takes featured artists out of a title or an artist credit: "(feat. X)", "[ft. X & Y]", "(with X)" and an
 * unbracketed "feat. X" running to the next " - ", bracket or the end.
 */
export function extractFeatured(s: string): Featuring {
  const featured: string[] = [];
  const groups = findGroups(s).filter((g) => {
    const m = FEAT_GROUP.exec(g.inner);
    if (m) featured.push(...splitArtists(m[1] ?? '', true));
    return m !== null;
  });
  let text = removeGroups(s, groups);
  const m = FEAT_INLINE.exec(text);
  if (m) {
    const namesAt = m.index + m[0].length;
    const end = inlineEnd(text, namesAt);
    featured.push(...splitArtists(text.slice(namesAt, end), true));
    text = `${text.slice(0, m.index)} ${text.slice(end)}`.replace(/ {2,}/g, ' ');
  }
  return { text: trimEdges(text), featured };
}

function inlineEnd(s: string, from: number): number {
  const ends = [s.indexOf(' - ', from), s.indexOf('(', from), s.indexOf('[', from)].filter((i) => i >= 0);
  return ends.length > 0 ? Math.min(...ends) : s.length;
}

const ARTIST_SPLIT = /(\s*[,;]\s*|\s+(?:&|x|×|vs\.?|Vs\.?|VS\.?|\+)\s+)/;
const FEATURE_SPLIT = /(\s*[,;]\s*|\s+(?:&|x|×|vs\.?|Vs\.?|VS\.?|\+|and)\s+)/;
// Well-known names that contain a separator; "X & the Y" and "X, The Y" are handled by rule.
const KNOWN_NAMES = [
  'simon & garfunkel',
  'earth, wind & fire',
  'hall & oates',
  'above & beyond',
  'chase & status',
  'mumford & sons',
  'iron & wine',
  'crosby, stills, nash & young',
  'crosby, stills & nash',
  'brooks & dunn',
  'angus & julia stone',
  'sam & dave',
  'peter, bjorn and john',
  'years & years',
];

/**
 * Splits a credit into names on ",", "&", " x ", "vs", "+" (and "and" inside a featured list). A split
 * before "the" is not made ("Tyler, The Creator", "Florence + the Machine"), nor inside KNOWN_NAMES.
 */
export function splitArtists(s: string, isFeatureList = false): string[] {
  const tokens = s.split(isFeatureList ? FEATURE_SPLIT : ARTIST_SPLIT);
  const names: string[] = [];
  let current = tokens[0] ?? '';
  for (let i = 1; i < tokens.length; i += 2) {
    const next = tokens[i + 1] ?? '';
    const joined = current + (tokens[i] ?? '') + next;
    const lower = joined.toLowerCase();
    if (/^the\s/i.test(next) || KNOWN_NAMES.some((k) => k.startsWith(lower))) {
      current = joined;
    } else {
      names.push(current);
      current = next;
    }
  }
  names.push(current);
  return names.map((n) => trimEdges(n.trim())).filter(Boolean);
}

/** "Various Artists (Fundraiser for Ukraine)" is a compilation credit like any other. */
export function fixVariousArtists(s: string): string {
  return /^various artists?(?![\p{L}\p{N}])/iu.test(s) ? 'Various Artists' : s;
}
