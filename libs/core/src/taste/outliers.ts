import { distance, standardize, weightedMean } from './vectors.js';

/** The tracks farthest from the (play-weighted) centroid of standardised vectors, farthest first. */
export function outliers<T extends { trackId: string; plays: number; vector: number[] }>(
  tracks: T[],
  n: number,
): (T & { distance: number })[] {
  if (tracks.length < 2) return [];
  const { rows } = standardize(tracks.map((t) => t.vector));
  const centroid = weightedMean(
    rows,
    tracks.map((t) => t.plays),
  )!;
  return tracks
    .map((t, i) => ({ ...t, distance: Math.round(distance(rows[i]!, centroid) * 1000) / 1000 }))
    .sort((a, b) => b.distance - a.distance || a.trackId.localeCompare(b.trackId))
    .slice(0, n);
}
