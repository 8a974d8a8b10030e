/** Small vector helpers over plain arrays; every vector of one call has the same length. */
export function weightedMean(vectors: number[][], weights?: number[]): number[] | null {
  const first = vectors[0];
  if (!first) return null;
  const sum = new Array<number>(first.length).fill(0);
  let total = 0;
  vectors.forEach((v, i) => {
    const w = weights?.[i] ?? 1;
    total += w;
    for (let d = 0; d < sum.length; d++) sum[d]! += w * (v[d] ?? 0);
  });
  return total > 0 ? sum.map((s) => s / total) : null;
}

export function weightedSpread(vectors: number[][], mean: number[], weights?: number[]): number[] {
  const sum = new Array<number>(mean.length).fill(0);
  let total = 0;
  vectors.forEach((v, i) => {
    const w = weights?.[i] ?? 1;
    total += w;
    for (let d = 0; d < sum.length; d++) sum[d]! += w * ((v[d] ?? 0) - mean[d]!) ** 2;
  });
  return sum.map((s) => (total > 0 ? Math.sqrt(s / total) : 0));
}

export function distance(a: number[], b: number[]): number {
  let sum = 0;
  for (let d = 0; d < a.length; d++) sum += ((a[d] ?? 0) - (b[d] ?? 0)) ** 2;
  return Math.sqrt(sum);
}

/** Columns scaled to mean 0 and standard deviation 1 (a constant column stays 0). */
export function standardize(rows: number[][]): { rows: number[][]; means: number[]; sds: number[] } {
  const means = weightedMean(rows) ?? [];
  const sds = weightedSpread(rows, means).map((sd) => (sd > 1e-9 ? sd : 1));
  return { rows: rows.map((r) => r.map((x, d) => (x - means[d]!) / sds[d]!)), means, sds };
}

export function round(n: number, digits = 4): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}
