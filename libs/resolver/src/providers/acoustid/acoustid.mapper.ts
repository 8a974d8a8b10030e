import type { AcoustidLookup, AcoustidRecording, FingerprintMatch } from './acoustid.types.js';

/** Every recording of every matched track, best score first; a recording linked twice keeps its best score. */
export function mapAcoustidLookup(body: AcoustidLookup): FingerprintMatch[] {
  const best = new Map<string, FingerprintMatch>();
  for (const result of body.results ?? []) {
    const score = typeof result.score === 'number' ? result.score : 0;
    for (const recording of result.recordings ?? []) {
      if (!recording.id) continue;
      const match = toMatch(recording, score, result.id ?? '');
      const seen = best.get(match.mbid);
      if (!seen || seen.score < match.score) best.set(match.mbid, match);
    }
  }
  return [...best.values()].sort((a, b) => b.score - a.score);
}

function toMatch(recording: AcoustidRecording, score: number, acoustId: string): FingerprintMatch {
  const artists = (recording.artists ?? []).map((a) => a.name).filter((name): name is string => !!name);
  return {
    mbid: recording.id!,
    score,
    acoustId,
    ...(recording.title && { title: recording.title }),
    ...(artists.length && { artists }),
    ...(typeof recording.duration === 'number' && { durationSec: recording.duration }),
  };
}
