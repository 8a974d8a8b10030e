import { creditOf } from '../read-credit.js';
import type { SkippedLine, TracklistEntry } from '../tracklist.types.js';

const FIELDS = new Map([
  ['song', 'title'],
  ['artist', 'artist'],
  ['album', 'album'],
  ['licensed to youtube by', 'licensor'],
] as const);

type Field = 'title' | 'artist' | 'album' | 'licensor';

/** Whether the paste is YouTube's "Music in this video" block: "Song" / title / "Artist" / name … groups. */
export function isYoutubeMusicBlock(lines: string[]): boolean {
  return lines.some((line, i) => line.toLowerCase() === 'song' && lines[i + 2]?.toLowerCase() === 'artist');
}

/** Each "Song" label opens a group; the line after a label is its value. No times: YouTube gives none. */
export function readYoutubeMusicBlock(lines: string[]): { entries: TracklistEntry[]; skipped: SkippedLine[] } {
  const entries: TracklistEntry[] = [];
  const skipped: SkippedLine[] = [];
  let group: Partial<Record<Field, string>> & { line?: number } = {};
  const flush = () => {
    if (group.title === undefined || group.line === undefined) return;
    entries.push({
      ...creditOf(group.artist ?? '', group.title),
      position: entries.length + 1,
      startPrecision: 'none',
      together: [],
      line: group.line,
      raw: `${group.artist ?? ''} - ${group.title}`,
    });
  };
  for (let i = 0; i < lines.length; i++) {
    const label = lines[i] ?? '';
    const field = FIELDS.get(label.toLowerCase() as never);
    if (!field) {
      if (label) skipped.push({ line: i + 1, raw: label, reason: 'unreadable' });
      continue;
    }
    if (field === 'title') {
      flush();
      group = { line: i + 1 };
    }
    group[field] = lines[++i]?.trim() ?? '';
  }
  flush();
  return { entries, skipped };
}
