/** Gaps longer than this many beats mean the tracker lost the beat; such stretches start a new stretch. */
const MAX_SKIPPED_BEATS = 4;
/** A fit further than this from the extractor's own estimate came from stray beats, not a finer tempo. */
const MAX_REFINEMENT = 0.08;

/**
 * The tempo fitted to the beat positions (seconds), or `fallbackBpm` when there are too few of them. The
 * extractor's own BPM is a histogram peak quantised to its 512-sample hop (174 BPM comes out as 172.3), while a
 * least-squares line through the beat times, numbered by how many beats each gap spans, is exact to within a
 * fraction of a percent on a steady beat and still follows skipped beats.
 */
export function tempoFromBeats(beats: readonly number[], fallbackBpm: number): number {
  if (beats.length < 4) return fallbackBpm;
  const gaps = beats.slice(1).map((t, i) => t - beats[i]!);
  const period = median(gaps);
  if (!(period > 0)) return fallbackBpm;
  const segments: Array<Array<[number, number]>> = [[[0, beats[0]!]]];
  let index = 0;
  gaps.forEach((gap, i) => {
    const spanned = Math.max(1, Math.round(gap / period));
    // After a long gap the beat may come back out of phase: a new stretch with its own offset, same slope.
    if (spanned > MAX_SKIPPED_BEATS) segments.push([]);
    index += spanned;
    segments.at(-1)!.push([index, beats[i + 1]!]);
  });
  const slope = pooledSlope(segments);
  if (!(slope > 0)) return fallbackBpm;
  const bpm = 60 / slope;
  return Math.abs(bpm - fallbackBpm) / fallbackBpm <= MAX_REFINEMENT ? bpm : fallbackBpm;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** One least-squares slope shared by every stretch, each with its own intercept. */
function pooledSlope(segments: ReadonlyArray<ReadonlyArray<[number, number]>>): number {
  let num = 0;
  let den = 0;
  for (const points of segments) {
    const meanX = points.reduce((s, [x]) => s + x, 0) / points.length;
    const meanY = points.reduce((s, [, y]) => s + y, 0) / points.length;
    for (const [x, y] of points) {
      num += (x - meanX) * (y - meanY);
      den += (x - meanX) ** 2;
    }
  }
  return den === 0 ? 0 : num / den;
}
