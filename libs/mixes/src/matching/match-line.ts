import type { MixLineCandidate, MixLineStatus } from '@app/contracts';
import { normalizeForMatch } from '@app/core';

export interface LibraryTrackTags {
  id: string;
  artist: string | null;
  title: string | null;
  album?: string | null;
  year?: number | null;
  durationMs?: number | null;
}

export interface LineToMatch {
  /** The credit as written and the title parser's reading of it. */
  artist: string;
  title: string;
  artists: string[];
  parsedTitle: string | undefined;
}

export interface LineMatch {
  status: MixLineStatus;
  trackId: string | null;
  candidates: MixLineCandidate[];
}

/** Above this a match is taken without asking; between UNSURE and SURE a person confirms it. */
export const SURE = 0.99;
export const UNSURE = 0.5;
const MAX_CANDIDATES = 5;

/** How a tracklist line matches the library's tracks: in the library, a guess to confirm, or missing. */
export function matchLine(line: LineToMatch, tracks: LibraryTrackTags[]): LineMatch {
  const candidates = tracks
    .map((track) => ({
      trackId: track.id,
      artist: track.artist ?? '',
      title: track.title ?? '',
      album: track.album ?? null,
      year: track.year ?? null,
      durationMs: track.durationMs ?? null,
      ...score(line, track),
    }))
    .filter((c) => c.score >= UNSURE)
    .sort((a, b) => b.score - a.score)
    .slice(0, MAX_CANDIDATES);
  const best = candidates[0];
  if (best && best.score >= SURE) return { status: 'in-library', trackId: best.trackId, candidates };
  if (best) return { status: 'unsure', trackId: null, candidates };
  return { status: 'missing', trackId: null, candidates: [] };
}

function score(line: LineToMatch, track: LibraryTrackTags): { score: number; reasons: string[] } {
  const title = closeness([line.parsedTitle ?? line.title, line.title], track.title ?? '');
  const artist = closeness([line.artist, ...line.artists], track.artist ?? '');
  return {
    score: Math.round((0.6 * title + 0.4 * artist) * 100) / 100,
    reasons: [`title ${CLOSENESS_WORDS[title]}`, `artist ${CLOSENESS_WORDS[artist]}`],
  };
}

const CLOSENESS_WORDS: Record<number, string> = { 1: 'equal', 0.75: 'one holds the other', 0: 'differs' };

/** 1 when one reading equals the tag, 0.75 when one holds the other, 0 otherwise. */
function closeness(readings: string[], tag: string): number {
  const target = normalizeForMatch(tag);
  if (!target) return 0;
  let best = 0;
  for (const reading of readings.map(normalizeForMatch).filter(Boolean)) {
    if (reading === target) return 1;
    if (reading.includes(target) || target.includes(reading)) best = 0.75;
  }
  return best;
}
