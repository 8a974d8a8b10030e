/**
 * Tag values are whatever a file holds; these keep them inside the columns of `library_track`, where Postgres
 * (unlike SQLite) rejects NUL characters, over-long varchars and integers beyond 32 bits.
 */

const INT32_MAX = 2_147_483_647;
const MBID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ISRC = /^[A-Z]{2}[A-Z0-9]{3}\d{7}$/;

/** Trimmed text without NUL characters; null when nothing is left. */
export function textValue(value: string | undefined | null): string | null {
  if (typeof value !== 'string') return null;
  const cleaned = value.replace(/\u0000/g, '').trim();
  return cleaned === '' ? null : cleaned;
}

/** Text of at most `max` characters (code points, as Postgres counts them for a varchar). */
export function shortText(value: string | undefined | null, max: number): string | null {
  const text = textValue(value);
  if (text === null) return null;
  const chars = Array.from(text);
  return chars.length <= max ? text : chars.slice(0, max).join('').trimEnd();
}

/** A whole number that fits an `integer` column, else null. */
export function intValue(value: number | undefined | null, min = 0): number | null {
  if (typeof value !== 'number' || !Number.isFinite(value)) return null;
  const rounded = Math.round(value);
  return rounded >= min && rounded <= INT32_MAX ? rounded : null;
}

/** A MusicBrainz id in lower case, or null for anything that is not one. */
export function mbidValue(value: string | undefined | null): string | null {
  const text = textValue(value);
  return text !== null && MBID.test(text) ? text.toLowerCase() : null;
}

/** An ISRC in its 12-character form (`US-RC1-76-07839` → `USRC17607839`), or null. */
export function isrcValue(value: string | undefined | null): string | null {
  const compact = textValue(value)?.replace(/[-\s]/g, '').toUpperCase();
  return compact && ISRC.test(compact) ? compact : null;
}

/** The year of a `YYYY`, `YYYY-MM` or `YYYY-MM-DD` date. */
export function yearOf(date: string | undefined | null): number | null {
  const match = /^\s*(\d{4})/.exec(date ?? '');
  const year = match ? Number(match[1]) : 0;
  return year > 0 ? year : null;
}

/** `value` as JSON would keep it, with NUL characters removed from every string (a copy only when there are). */
export function withoutNul<T>(value: T): T {
  const text = JSON.stringify(value);
  if (!text.includes('\\u0000')) return value;
  return JSON.parse(text, (_key, item: unknown) =>
    typeof item === 'string' ? item.replace(/\u0000/g, '') : item,
  ) as T;
}
