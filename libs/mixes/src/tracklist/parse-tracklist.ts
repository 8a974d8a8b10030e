import { discogsLines } from './formats/discogs-lines.js';
import type { LineFormat, LineReading } from './formats/line-reading.js';
import { mixesdbLines } from './formats/mixesdb-lines.js';
import { numberedTimestampLines } from './formats/numbered-timestamp-lines.js';
import { plainLines } from './formats/plain-lines.js';
import { timedLines } from './formats/timed-lines.js';
import { isYoutubeMusicBlock, readYoutubeMusicBlock } from './formats/youtube-music-block.js';
import { readCredit } from './read-credit.js';
import type { ParsedTracklist, SkippedLine, TracklistEntry } from './tracklist.types.js';

/** The most specific formats first: a numbered CD inlay line also looks like a timed line. */
const LINE_FORMATS: LineFormat[] = [numberedTimestampLines, mixesdbLines, discogsLines, timedLines];

/** Longest paste read: a thousand slots is already a week-long radio marathon. */
export const MAX_TRACKLIST_LINES = 1000;
/** Longer lines are cut: no credit runs this long, and the regular expressions stay cheap. */
export const MAX_LINE_LENGTH = 400;

/** Reads a pasted tracklist in whichever format it is written: every line a slot, a credit, or skipped. */
export function parseTracklist(text: string): ParsedTracklist {
  const lines = text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .slice(0, MAX_TRACKLIST_LINES)
    .map(cleanLine);
  if (isYoutubeMusicBlock(lines)) return { format: 'youtube-music', ...readYoutubeMusicBlock(lines) };
  const format = recognise(lines);
  return { format: format.format, ...readLines(lines, format) };
}

const cleanLine = (line: string): string =>
  line
    .slice(0, MAX_LINE_LENGTH)
    .replace(/[\u200B-\u200D\u2060]/g, '')
    .trimEnd()
    .replace(/^\s+/, '');

/**
 * The format whose signature most lines carry, ties to the more specific one. Bare "Artist - Title" is what
 * is left: most lines of every format contain a dash, so it never competes on counts.
 */
function recognise(lines: string[]): LineFormat {
  let best = plainLines;
  let bestCount = 0;
  for (const format of LINE_FORMATS) {
    const count = lines.filter((line) => line && format.signature(line)).length;
    if (count > bestCount) [best, bestCount] = [format, count];
  }
  // A description with two timestamps among fifty lines of links is still not a timed list.
  const filled = lines.filter(Boolean).length;
  return bestCount * 4 >= filled ? best : plainLines;
}

function readLines(lines: string[], format: LineFormat): Omit<ParsedTracklist, 'format'> {
  const entries: TracklistEntry[] = [];
  const skipped: SkippedLine[] = [];
  let heading: string | undefined;
  lines.forEach((raw, index) => {
    if (!raw) return;
    const line = index + 1;
    const reading = format.read(raw);
    if (!reading || reading.kind === 'credit-note') {
      const isHeading = !reading && entries.length === 0 && heading === undefined;
      if (isHeading) heading = raw;
      skipped.push({ line, raw, reason: reading ? 'credit' : isHeading ? 'header' : 'unreadable' });
      return;
    }
    const previous = entries.at(-1);
    if (reading.kind === 'together' && previous) previous.together.push(readCredit(reading.credit));
    else if (reading.kind === 'entry') entries.push(toEntry(reading, entries, line, raw));
  });
  return { ...(heading !== undefined ? { heading } : {}), entries, skipped };
}

function toEntry(
  reading: Extract<LineReading, { kind: 'entry' }>,
  before: TracklistEntry[],
  line: number,
  raw: string,
): TracklistEntry {
  const { credit, ...where } = reading;
  return {
    ...readCredit(credit),
    ...where,
    ...discOf(reading, before),
    position: before.length + 1,
    together: [],
    line,
    raw,
  };
}

/** A 2-CD mix restarts its track numbers at 01 on the second disc while the times keep running. */
function discOf(reading: Extract<LineReading, { kind: 'entry' }>, before: TracklistEntry[]): { disc?: number } {
  if (reading.disc !== undefined || reading.number === undefined) return {};
  const previous = before.at(-1);
  if (!previous?.number) return { disc: 1 };
  const disc = previous.disc ?? 1;
  return { disc: reading.number <= previous.number ? disc + 1 : disc };
}
