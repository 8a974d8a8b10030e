import type { FingerprintMatch, FingerprintProvider } from '../providers/acoustid/acoustid.types.js';

/** From this AcoustID score on, a fingerprint match counts as AcoustID naming the recording. */
export const ACOUSTID_CONFIDENT_SCORE = 0.8;

/** The fingerprint EXTRACTING stored on the job (fpcalc's compressed form). */
export interface JobFingerprint {
  compressed: string;
  durationSec: number;
}

export type FingerprintCheck =
  | { verdict: 'agrees' | 'silent' | 'failed'; note: string }
  /** AcoustID confidently names other recordings than the one MusicBrainz matched. */
  | { verdict: 'disagrees'; note: string; named: FingerprintMatch[] };

/** What AcoustID says the audio is, held against the MusicBrainz recording matched by title and artist. */
export async function checkFingerprint(
  acoustid: FingerprintProvider,
  fingerprint: JobFingerprint,
  matchedMbid: string | undefined,
  signal?: AbortSignal,
): Promise<FingerprintCheck> {
  let matches: FingerprintMatch[];
  try {
    matches = await acoustid.lookup(fingerprint.compressed, fingerprint.durationSec, signal);
  } catch (error) {
    if (signal?.aborted) throw error;
    return { verdict: 'failed', note: `AcoustID could not be asked: ${(error as Error).message}` };
  }
  const confident = matches.filter((m) => m.score >= ACOUSTID_CONFIDENT_SCORE);
  const best = confident[0];
  if (!best) {
    const note = matches[0]
      ? `AcoustID is not sure what the audio is (best score ${score(matches[0])})`
      : 'AcoustID does not know the audio';
    return { verdict: 'silent', note };
  }
  const agreeing = confident.find((m) => m.mbid === matchedMbid);
  if (agreeing) return { verdict: 'agrees', note: `AcoustID agrees (score ${score(agreeing)})` };
  if (!matchedMbid) return { verdict: 'silent', note: `AcoustID names ${describeMatch(best)}` };
  const others = confident.length > 1 ? ` and ${confident.length - 1} more` : '';
  return {
    verdict: 'disagrees',
    note: `AcoustID names ${describeMatch(best)}${others}, not the matched recording ${matchedMbid}`,
    named: confident,
  };
}

/** "'Hocus Pocus' by Focus (308d6e5a-…, score 0.95)". */
export function describeMatch(match: FingerprintMatch): string {
  const what = match.title ? `'${match.title}'${match.artists?.length ? ` by ${match.artists.join(', ')}` : ''} ` : '';
  return `${what}(${match.mbid}, score ${score(match)})`;
}

const score = (match: FingerprintMatch) => match.score.toFixed(2);
