import type { RecordingQuery } from '../provider.types.js';

const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/** A value made literal for Lucene: every operator character escaped (`/` too: it opens a regex). */
export function escapeLucene(value: string): string {
  return value.replace(LUCENE_SPECIAL, '\\$&');
}

/** An ISRC as MusicBrainz indexes it: 12 characters, upper case, no separators. */
export function normalizeIsrc(isrc: string): string {
  return isrc.replace(/[\s-]/g, '').toUpperCase();
}

/**
 * The Lucene query of a recording search: the ISRC alone when known, fielded phrases for a known title and
 * artist, the free text otherwise.
 */
export function buildRecordingQuery(query: RecordingQuery): string {
  if (query.isrc?.trim()) return `isrc:${escapeLucene(normalizeIsrc(query.isrc))}`;
  const field = query.fuzzy ? fuzzyTerms : phrase;
  const fielded = [field('recording', query.title), field('artist', query.artist)].filter(Boolean);
  if (fielded.length) return fielded.join(' AND ');
  return query.fuzzy ? fuzzyWords(query.text) : plainText(query.text);
}

// One- and two-letter words are too close to others for an edit to be a typo ("to" ~1 finds "so", "go", …).
const FUZZY_MIN_LENGTH = 3;

/** `recording:(smels~1 like teen~1 spirit~1)`: every word must be there, longer ones with one edit allowed. */
function fuzzyTerms(field: string, value: string | undefined): string {
  const terms = fuzzyWords(value ?? '');
  return terms ? `${field}:(${terms})` : '';
}

function fuzzyWords(text: string): string {
  return (text.match(/[\p{L}\p{N}]+/gu) ?? [])
    .filter((word) => !/^(?:AND|OR|NOT)$/.test(word))
    .map((word) => (word.length >= FUZZY_MIN_LENGTH ? `+${word}~1` : `+${word}`))
    .join(' ');
}

function phrase(field: string, value: string | undefined): string {
  return value?.trim() ? `${field}:"${escapeLucene(collapse(value))}"` : '';
}

/** Free text with operators disarmed: Lucene reads upper-case AND/OR/NOT as operators, lower case as words. */
function plainText(text: string): string {
  return escapeLucene(collapse(text)).replace(/\b(AND|OR|NOT)\b/g, (word) => word.toLowerCase());
}

function collapse(value: string): string {
  return value.trim().replace(/\s+/g, ' ');
}
