/**
 * Note onsets per second from the mel-flux onset curve spectral-frames makes, in place of essentia's OnsetRate
 * (0.23–0.29 s of CPU a window for a second onset detection over the same audio). A frame is an onset when it is
 * the highest of its neighbours and stands above the median of the surrounding quarter second both by a share of
 * the curve's peak and by a multiple of that median (noise ripples pass the first, not the second). Both were
 * chosen on the tuning half of the labelled set against essentia's OnsetRate (the accuracy bench, `--onsets-only`).
 */
export interface OnsetPicking {
  /** Above the local median by this share of the curve's highest value. */
  threshold: number;
  /** Onsets are at least this far apart, like essentia's (it merges onsets closer than 50 ms). */
  minGapSeconds: number;
  /** And at least this many times the local median: noise's ripples stand above it, but not by much. */
  overMedian: number;
}

export const ONSET_PICKING: OnsetPicking = { threshold: 0.06, minGapSeconds: 0.05, overMedian: 3 };

/** Frames either side for the local median: about a quarter second. */
const MEDIAN_SECONDS = 0.25;
/** A curve whose highest value is below this holds no onsets (silence, a steady tone): flux of log-compressed bands. */
const QUIET_FLUX = 0.5;

export function onsetTimes(strength: Float32Array, rateHz: number, picking: OnsetPicking = ONSET_PICKING): number[] {
  let top = 0;
  for (const v of strength) top = Math.max(top, v);
  if (top < QUIET_FLUX) return [];
  const reach = Math.max(1, Math.round(MEDIAN_SECONDS * rateHz));
  const minGap = Math.max(1, Math.round(picking.minGapSeconds * rateHz));
  const window: number[] = [];
  const onsets: number[] = [];
  let last = -Infinity;
  for (let i = 1; i + 1 < strength.length; i++) {
    const v = strength[i]!;
    if (v < strength[i - 1]! || v < strength[i + 1]!) continue;
    window.length = 0;
    for (let j = Math.max(0, i - reach); j <= Math.min(strength.length - 1, i + reach); j++) window.push(strength[j]!);
    window.sort((a, b) => a - b);
    const localMedian = window[Math.floor(window.length / 2)]!;
    if (v - localMedian < picking.threshold * top || v < picking.overMedian * localMedian || i - last < minGap)
      continue;
    onsets.push(i / rateHz);
    last = i;
  }
  return onsets;
}

export function onsetRate(strength: Float32Array, rateHz: number, picking: OnsetPicking = ONSET_PICKING): number {
  if (strength.length === 0) return 0;
  return onsetTimes(strength, rateHz, picking).length / (strength.length / rateHz);
}
