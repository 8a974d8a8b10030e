/**
 * How evenly plays spread over artists (or tags): Shannon entropy divided by its maximum, log(n). 0 when one
 * artist takes every play (or there are none), 1 when every artist is played equally often.
 */
export function diversity(counts: Iterable<number>): number {
  const positive = [...counts].filter((c) => c > 0);
  if (positive.length < 2) return 0;
  const total = positive.reduce((sum, c) => sum + c, 0);
  const entropy = -positive.reduce((sum, c) => sum + (c / total) * Math.log(c / total), 0);
  return entropy / Math.log(positive.length);
}
