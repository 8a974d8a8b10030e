import type { Lyrics } from '../provider.types.js';

/** A lyrics record as LRCLIB's `get` and `search` endpoints return it. */
export interface LrclibRecord {
  id: number;
  trackName?: string | null;
  artistName?: string | null;
  albumName?: string | null;
  /** Seconds, possibly fractional. */
  duration?: number | null;
  instrumental?: boolean | null;
  plainLyrics?: string | null;
  syncedLyrics?: string | null;
}

/** LRCLIB matches a track signature within ±2 s; a search result is held to the same. */
export const DURATION_TOLERANCE_MS = 2000;

/** The record's lyrics; undefined when it has neither text nor the instrumental mark. */
export function mapLyrics(record: LrclibRecord): Lyrics | undefined {
  const instrumental = record.instrumental === true;
  const plain = record.plainLyrics?.trim() ? record.plainLyrics : undefined;
  const synced = record.syncedLyrics?.trim() ? record.syncedLyrics : undefined;
  if (!plain && !synced && !instrumental) return undefined;
  return { instrumental, ...(plain && { plain }), ...(synced && { synced }) };
}

/**
 * The search result that fits the recording: within 2 s of its duration; timed lyrics before plain ones before
 * a bare instrumental mark (an "(Instrumental)" upload often sits next to the sung version); then the closest.
 * Without a known duration, LRCLIB's first usable result.
 */
export function pickSearchResult(
  records: readonly LrclibRecord[],
  durationMs: number | undefined,
): LrclibRecord | undefined {
  const usable = records.filter((record) => mapLyrics(record));
  if (durationMs === undefined) return usable[0];
  const distance = (record: LrclibRecord) =>
    record.duration == null ? Infinity : Math.abs(record.duration * 1000 - durationMs);
  const fitting = usable.filter((record) => distance(record) <= DURATION_TOLERANCE_MS);
  return fitting.sort((a, b) => richness(a) - richness(b) || distance(a) - distance(b))[0];
}

function richness(record: LrclibRecord): number {
  if (record.syncedLyrics?.trim()) return 0;
  return record.plainLyrics?.trim() ? 1 : 2;
}
