import { distance } from './vectors.js';

export interface MixtapeCandidate {
  trackId: string;
  artist: string;
  title: string;
  durationMs: number;
  plays: number;
  vector: number[];
}

export interface MixtapeOptions {
  minMs?: number;
  maxMs?: number;
  /** How strongly a track like one already picked (or by an artist already picked) is held back. */
  diversityPenalty?: number;
}

export interface Mixtape<T> {
  tracks: T[];
  durationMs: number;
  /** Fewer candidates than the shortest mixtape needs. */
  short: boolean;
}

const HOUR = 3_600_000;

/**
 * 60–90 minutes from one cluster: each step takes the candidate with the best mix of being typical (near the
 * centroid) and loved (played often), minus a penalty for resembling what is picked already. Deterministic.
 */
export function pickMixtape<T extends MixtapeCandidate>(
  candidates: T[],
  centroid: number[],
  options: MixtapeOptions = {},
): Mixtape<T> {
  const minMs = options.minMs ?? HOUR;
  const maxMs = options.maxMs ?? 1.5 * HOUR;
  const penalty = options.diversityPenalty ?? 0.6;
  const target = (minMs + maxMs) / 2;
  const maxPlays = Math.max(1, ...candidates.map((c) => c.plays));
  const left = [...candidates].sort((a, b) => a.trackId.localeCompare(b.trackId));
  const picked: T[] = [];
  const artists = new Map<string, number>();
  let total = 0;
  while (total < target && left.length) {
    let bestIndex = -1;
    let bestScore = -Infinity;
    left.forEach((c, i) => {
      if (total + c.durationMs > maxMs) return;
      const typical = 1 / (1 + distance(c.vector, centroid));
      const loved = Math.log1p(c.plays) / Math.log1p(maxPlays);
      const nearest = picked.reduce((m, p) => Math.min(m, distance(p.vector, c.vector)), Infinity);
      const alike = Number.isFinite(nearest) ? 1 / (1 + 4 * nearest) : 0;
      const sameArtist = artists.get(c.artist.toLowerCase()) ?? 0;
      const score = typical + 0.5 * loved - penalty * (alike + 0.5 * sameArtist);
      if (score > bestScore) [bestIndex, bestScore] = [i, score];
    });
    if (bestIndex < 0) break;
    const [chosen] = left.splice(bestIndex, 1);
    picked.push(chosen!);
    total += chosen!.durationMs;
    artists.set(chosen!.artist.toLowerCase(), (artists.get(chosen!.artist.toLowerCase()) ?? 0) + 1);
  }
  return { tracks: picked, durationMs: total, short: total < minMs };
}
