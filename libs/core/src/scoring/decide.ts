import { evidenceOf } from './parts.js';
import type { ScorePartName, Scored } from './types.js';

export type RecommendationLevel = 'strong' | 'medium' | 'low' | 'none';

export interface RecommendThresholds {
  /** Strong below this distance (beets strong_rec_thresh). */
  strongDistance: number;
  /** Medium at or below this distance (beets medium_rec_thresh). */
  mediumDistance: number;
  /** Low at or below this distance; beyond it nothing is recommended. */
  lowDistance: number;
  /** A strong match is at least this much closer than the runner-up. */
  strongMargin: number;
}

export const DEFAULT_THRESHOLDS: Readonly<RecommendThresholds> = {
  strongDistance: 0.04,
  mediumDistance: 0.25,
  lowDistance: 0.5,
  strongMargin: 0.05,
};

/** Parts that tell same-titled recordings apart; a strong match needs one of them besides the artist. */
export const CONFIRMING_PARTS: readonly ScorePartName[] = ['duration', 'isrc', 'mbid'];

export interface Recommendation<T> {
  level: RecommendationLevel;
  best?: Scored<T>;
  /** Distance from the best to the runner-up; 1 when there is no runner-up. */
  margin: number;
  reason: string;
}

export interface RecommendOptions<T> {
  thresholds?: RecommendThresholds;
  /** Two candidates that are one recording (see isSameRecording): such a runner-up is not a rival. */
  isSame?: (a: T, b: T) => boolean;
}

/** Closest first; on equal distance the one with more checked parts, then the input order. */
export function rankScored<T>(scored: readonly Scored<T>[]): Scored<T>[] {
  return scored
    .map((s, i) => ({ s, i, evidence: evidenceOf(s) }))
    .sort((a, b) => a.s.distance - b.s.distance || b.evidence - a.evidence || a.i - b.i)
    .map((x) => x.s);
}

/**
 * How sure the best candidate is. Strong needs a distance under the strong threshold, a clear margin over
 * the runner-up (a rival that is the same recording does not count) and an artist plus a duration or id
 * that agree; otherwise a close match is medium, so a person picks among same-titled recordings.
 */
export function recommend<T>(scored: readonly Scored<T>[], options: RecommendOptions<T> = {}): Recommendation<T> {
  const t = options.thresholds ?? DEFAULT_THRESHOLDS;
  const ranked = rankScored(scored);
  const best = ranked[0];
  if (!best) return { level: 'none', margin: 0, reason: 'no candidates to choose from' };
  const rival = ranked.slice(1).find((s) => !options.isSame?.(best.candidate, s.candidate));
  const margin = rival ? rival.distance - best.distance : 1;
  const at = `${best.label} at distance ${fmt(best.distance)}`;
  const ahead = rival ? `, ${fmt(margin)} ahead of ${rival.label}` : ', the only candidate';
  if (best.distance < t.strongDistance) {
    if (margin < t.strongMargin) {
      return {
        level: 'medium',
        best,
        margin,
        reason: `${at}${ahead}; strong needs a margin of ${fmt(t.strongMargin)}`,
      };
    }
    const missing = missingConfirmation(best);
    if (missing) return { level: 'medium', best, margin, reason: `${at}${ahead}, but ${missing}` };
    return { level: 'strong', best, margin, reason: `${at}${ahead}` };
  }
  if (best.distance <= t.mediumDistance) {
    return { level: 'medium', best, margin, reason: `${at}${ahead}; strong needs under ${fmt(t.strongDistance)}` };
  }
  if (best.distance <= t.lowDistance) {
    return { level: 'low', best, margin, reason: `${at}${ahead}; medium needs ${fmt(t.mediumDistance)} or less` };
  }
  return { level: 'none', best, margin, reason: `${at}${ahead}; nothing beyond ${fmt(t.lowDistance)} is offered` };
}

function missingConfirmation(best: Scored<unknown>): string | undefined {
  const has = (name: ScorePartName) => best.parts.some((p) => p.name === name && p.distance < 1);
  if (!has('artist')) return 'no artist to confirm it';
  if (!CONFIRMING_PARTS.some(has)) return 'no duration, ISRC or MusicBrainz id to tell it from same-titled recordings';
  return undefined;
}

const fmt = (n: number): string => n.toFixed(3);
