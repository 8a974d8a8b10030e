import { kmeans } from 'ml-kmeans';
import { seededRandom } from './seeded-random.js';
import { distance } from './vectors.js';

export interface Clustering {
  k: number;
  /** The cluster of each input row. */
  assignments: number[];
  centroids: number[][];
  /** Mean silhouette of the chosen k (-1..1; higher: better separated). */
  silhouette: number;
}

/** Rows the silhouette is measured on: it costs n², so larger inputs are sampled (the same rows every run). */
const SILHOUETTE_SAMPLE = 800;

/** k-means on (standardised) rows with the k of best silhouette in 2..maxK; seeded, so the same rows give the same clusters. */
export function clusterTracks(rows: number[][], seed: number, maxK = 6): Clustering {
  if (rows.length < 4) {
    return { k: 1, assignments: rows.map(() => 0), centroids: rows.length ? [mean(rows)] : [], silhouette: 0 };
  }
  const sample = sampleIndexes(rows.length, SILHOUETTE_SAMPLE, seed);
  let best: Clustering | undefined;
  for (let k = 2; k <= Math.min(maxK, rows.length - 1); k++) {
    const result = kmeans(rows, k, { seed, initialization: 'kmeans++', maxIterations: 100 });
    const score = silhouette(rows, result.clusters, sample);
    if (!best || score > best.silhouette + 1e-9) {
      best = { k, assignments: result.clusters, centroids: result.centroids, silhouette: score };
    }
  }
  return best!;
}

function silhouette(rows: number[][], clusters: number[], sample: number[]): number {
  let total = 0;
  for (const i of sample) {
    const sums = new Map<number, { sum: number; n: number }>();
    for (const j of sample) {
      if (i === j) continue;
      const c = clusters[j]!;
      const entry = sums.get(c) ?? { sum: 0, n: 0 };
      entry.sum += distance(rows[i]!, rows[j]!);
      entry.n++;
      sums.set(c, entry);
    }
    const own = sums.get(clusters[i]!);
    if (!own) continue;
    const a = own.sum / own.n;
    let b = Infinity;
    for (const [c, { sum, n }] of sums) if (c !== clusters[i]) b = Math.min(b, sum / n);
    if (Number.isFinite(b) && Math.max(a, b) > 0) total += (b - a) / Math.max(a, b);
  }
  return total / sample.length;
}

function sampleIndexes(n: number, size: number, seed: number): number[] {
  const all = Array.from({ length: n }, (_, i) => i);
  if (n <= size) return all;
  const random = seededRandom(seed);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [all[i], all[j]] = [all[j]!, all[i]!];
  }
  return all.slice(0, size);
}

function mean(rows: number[][]): number[] {
  return rows[0]!.map((_, d) => rows.reduce((s, r) => s + r[d]!, 0) / rows.length);
}
