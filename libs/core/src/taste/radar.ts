import { TASTE_AXES, type TasteAxis } from './taste-axes.js';
import { round, weightedMean } from './vectors.js';

export interface RadarAxis {
  axis: TasteAxis;
  week: number;
  baseline: number;
  /** The week's difference in baseline spreads: how unusual the week is on this axis. */
  z: number;
}

/** A week's means against the baseline (the weeks before it, weighted by their listens). */
export function radar(
  weekMeans: number[],
  baselineWeeks: { means: number[]; spreads: number[]; weight: number }[],
): RadarAxis[] | null {
  const usable = baselineWeeks.filter((w) => w.weight > 0);
  const weights = usable.map((w) => w.weight);
  const baseline = weightedMean(
    usable.map((w) => w.means),
    weights,
  );
  if (!baseline) return null;
  const spread = weightedMean(
    usable.map((w) => w.spreads),
    weights,
  )!;
  return TASTE_AXES.map((axis, d) => ({
    axis,
    week: round(weekMeans[d] ?? 0),
    baseline: round(baseline[d]!),
    z: round(((weekMeans[d] ?? 0) - baseline[d]!) / Math.max(spread[d]!, 0.02), 2),
  }));
}

/**
 * The week's tracks that pull it furthest from the baseline on its most changed axis: those that lie on the far
 * side of the baseline, weighted by how often they were played.
 */
export function tracksBehindShift<T extends { plays: number; vector: number[] }>(
  axes: RadarAxis[],
  tracks: T[],
  n = 5,
): { axis: TasteAxis; tracks: T[] } | null {
  const strongest = [...axes].sort((a, b) => Math.abs(b.z) - Math.abs(a.z))[0];
  if (!strongest || strongest.z === 0) return null;
  const d = TASTE_AXES.indexOf(strongest.axis);
  const sign = Math.sign(strongest.z);
  const pull = (t: T) => t.plays * sign * ((t.vector[d] ?? 0) - strongest.baseline);
  const pulling = tracks.filter((t) => pull(t) > 0).sort((a, b) => pull(b) - pull(a));
  return { axis: strongest.axis, tracks: pulling.slice(0, n) };
}
