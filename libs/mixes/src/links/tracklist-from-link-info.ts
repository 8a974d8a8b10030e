import { parseTracklist } from '../tracklist/parse-tracklist.js';
import { readCredit } from '../tracklist/read-credit.js';
import type { ParsedTracklist, TracklistEntry } from '../tracklist/tracklist.types.js';

/** The parts of yt-dlp's info JSON (`--write-info-json`) that can carry a tracklist. */
export interface LinkInfo {
  description?: unknown;
  chapters?: unknown;
}

const MAX_DESCRIPTION_CHARS = 100_000;

/**
 * The tracklist a mix link brings: the uploader's chapters when there are at least two (they are what the
 * player shows), otherwise a timed list in the description; undefined when neither holds one.
 */
export function tracklistFromLinkInfo(info: LinkInfo): ParsedTracklist | undefined {
  const fromChapters = chaptersTracklist(info.chapters);
  if (fromChapters) return fromChapters;
  if (typeof info.description !== 'string') return undefined;
  const parsed = parseTracklist(info.description.slice(0, MAX_DESCRIPTION_CHARS));
  const timed = parsed.entries.filter((e) => e.start !== undefined);
  return parsed.format === 'timed' && timed.length >= 2 ? { ...parsed, entries: renumber(timed) } : undefined;
}

function chaptersTracklist(chapters: unknown): ParsedTracklist | undefined {
  if (!Array.isArray(chapters)) return undefined;
  const readable = chapters.flatMap((chapter: unknown, i) => {
    if (!chapter || typeof chapter !== 'object') return [];
    const { start_time: start, title } = chapter as Record<string, unknown>;
    if (typeof start !== 'number' || !Number.isFinite(start) || start < 0 || typeof title !== 'string') return [];
    const entry: TracklistEntry = {
      ...readCredit(title.slice(0, 400)),
      position: 0,
      start: Math.round(start),
      startPrecision: 'second',
      together: [],
      line: i + 1,
      raw: title.slice(0, 400),
    };
    return [entry];
  });
  if (readable.length < 2) return undefined;
  return { format: 'timed', entries: renumber(readable), skipped: [] };
}

const renumber = (entries: TracklistEntry[]): TracklistEntry[] =>
  entries.map((entry, i) => ({ ...entry, position: i + 1 }));
