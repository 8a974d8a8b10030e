import { artistDistance, durationDistance, formatDuration, stringDistance } from './distance.js';
import type { ScorePart, Scored } from './types.js';

// Names are compared on a doubled scale: one word in three changed is already another song
// ("Nobody" vs "Nobody Else" is 0.45 apart as strings), while a typo stays close (0.04 -> 0.08).
const NAME_STEEPNESS = 2;

const steep = (d: number): number => Math.min(1, NAME_STEEPNESS * d);
const quote = (s: string): string => `'${s}'`;

export function titlePart(wanted: string, offered: string, weight: number): ScorePart {
  const distance = steep(stringDistance(wanted, offered));
  const sentence =
    distance === 0 ? `title ${quote(offered)} matches` : `title ${quote(offered)} differs from ${quote(wanted)}`;
  return { name: 'title', weight, distance, sentence };
}

/** Undefined when the request names no artist: nothing to compare, and no penalty. */
export function artistPart(
  wanted: readonly string[],
  offered: readonly string[],
  weight: number,
): ScorePart | undefined {
  if (wanted.length === 0) return undefined;
  const distance = steep(artistDistance(wanted, offered));
  const credit = offered.length > 0 ? quote(offered.join(', ')) : 'no artist';
  const sentence =
    distance === 0 ? `artist ${credit} matches` : `artist ${credit} differs from ${quote(wanted.join(', '))}`;
  return { name: 'artist', weight, distance, sentence };
}

/**
 * Undefined when the request names no featured artist. A featured artist the request names is part of what it
 * asks for: each one the candidate does not credit costs its share.
 */
export function featuredPart(
  wanted: readonly string[] | undefined,
  credited: readonly string[],
  weight: number,
): ScorePart | undefined {
  if (!wanted?.length) return undefined;
  const missing = wanted.filter((name) => artistDistance([name], credited) > 0.15);
  const distance = missing.length / wanted.length;
  const sentence =
    missing.length === 0
      ? `credits ${wanted.map(quote).join(', ')} as the request does`
      : `does not credit ${missing.map(quote).join(', ')}, whom the request names`;
  return { name: 'featured', weight, distance, sentence };
}

/** Undefined when either duration is unknown: a missing duration is not a penalty, its weight goes to the rest. */
export function durationPart(wantedMs: number | undefined, offeredMs: number | undefined, weight: number) {
  if (wantedMs === undefined || offeredMs === undefined) return undefined;
  const gap = Math.round((offeredMs - wantedMs) / 1000);
  const by = Math.abs(gap) < 60 ? `${Math.abs(gap)} s` : formatDuration(Math.abs(gap) * 1000);
  const sentence =
    gap === 0
      ? `duration ${formatDuration(offeredMs)} matches`
      : `duration ${formatDuration(offeredMs)} vs ${formatDuration(wantedMs)} (${by} ${gap > 0 ? 'longer' : 'shorter'})`;
  return { name: 'duration', weight, distance: durationDistance(wantedMs, offeredMs), sentence } satisfies ScorePart;
}

/** The weighted mean of the parts; reasons list the sentence of the part that cost most first. */
export function weigh<T>(candidate: T, label: string, parts: readonly (ScorePart | undefined)[]): Scored<T> {
  const kept = parts.filter((p): p is ScorePart => p !== undefined && p.weight > 0);
  const total = kept.reduce((sum, p) => sum + p.weight, 0);
  const distance = total > 0 ? kept.reduce((sum, p) => sum + p.weight * p.distance, 0) / total : 1;
  const reasons = kept
    .map((p, i) => ({ cost: p.weight * p.distance, i, sentence: p.sentence }))
    .sort((a, b) => b.cost - a.cost || a.i - b.i)
    .map((r) => r.sentence);
  return { candidate, label, distance, score: Math.round((1 - distance) * 1000) / 1000, parts: kept, reasons };
}

/** The sum of the part weights: how much was checked. */
export function evidenceOf(scored: Scored<unknown>): number {
  return scored.parts.reduce((sum, p) => sum + p.weight, 0);
}
