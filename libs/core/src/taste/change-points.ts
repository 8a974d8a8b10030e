/** A lasting shift of a weekly series: where it began, and which way it went. */
export interface ChangePoint {
  index: number;
  direction: 'up' | 'down';
}

export interface CusumOptions {
  /** Alarm level in robust standard deviations (larger: fewer, surer change points). */
  threshold: number;
  /** Slack per step in standard deviations (default 1): shifts under twice this never add up. */
  drift?: number;
  /** Points a new level needs before a shift from it can be told (default 4). */
  warmUp?: number;
}

/**
 * Two-sided CUSUM. The scale is robust (median absolute week-to-week difference), so a level shift does not hide
 * itself by inflating it; after an alarm the reference level restarts where the shift began.
 */
export function cusumChangePoints(series: (number | null)[], options: CusumOptions): ChangePoint[] {
  const drift = options.drift ?? 1;
  const warmUp = options.warmUp ?? 4;
  const sigma = robustScale(series);
  const points: ChangePoint[] = [];
  let start = firstValue(series, 0);
  while (start !== undefined) {
    const found = nextChange(series, start, sigma, options.threshold, drift, warmUp);
    if (!found) break;
    points.push(found);
    start = firstValue(series, found.index);
  }
  return points;
}

function nextChange(
  series: (number | null)[],
  start: number,
  sigma: number,
  threshold: number,
  drift: number,
  warmUp: number,
): ChangePoint | undefined {
  const reference: number[] = [];
  let high = 0;
  let low = 0;
  let highSince = start;
  let lowSince = start;
  for (let i = start; i < series.length; i++) {
    const x = series[i];
    if (x === null || x === undefined) continue;
    if (reference.length < warmUp) {
      reference.push(x);
      highSince = lowSince = i + 1;
      continue;
    }
    const mean = reference.reduce((s, v) => s + v, 0) / reference.length;
    const z = (x - mean) / sigma;
    high = Math.max(0, high + z - drift);
    low = Math.max(0, low - z - drift);
    if (high === 0) highSince = i + 1;
    if (low === 0) lowSince = i + 1;
    if (high > threshold) return { index: highSince, direction: 'up' };
    if (low > threshold) return { index: lowSince, direction: 'down' };
    if (high === 0 && low === 0) reference.push(x);
  }
  return undefined;
}

function robustScale(series: (number | null)[]): number {
  const values = series.filter((v): v is number => v !== null && v !== undefined);
  const diffs = values.slice(1).map((v, i) => Math.abs(v - values[i]!));
  if (!diffs.length) return 1;
  const sorted = diffs.sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)]!;
  // MAD of differences → σ of the series: 1.4826 for a normal, √2 because a difference holds two draws.
  return Math.max((median * 1.4826) / Math.SQRT2, 0.01);
}

function firstValue(series: (number | null)[], from: number): number | undefined {
  for (let i = from; i < series.length; i++) if (series[i] !== null && series[i] !== undefined) return i;
  return undefined;
}
