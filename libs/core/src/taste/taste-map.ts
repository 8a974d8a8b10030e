import { UMAP } from 'umap-js';
import { seededRandom } from './seeded-random.js';
import { round, standardize } from './vectors.js';

export interface TasteMapOptions {
  seed: number;
  /** Fewer epochs fit faster and less finely; umap-js picks 200–500 by size when left out. */
  epochs?: number;
}

/**
 * Tracks' taste vectors laid out in 2-D with UMAP on standardised axes. umap-js draws from Math.random unless
 * given `random`; the seeded one makes the same tracks give the same map on every run.
 */
export function fitTasteMap(vectors: number[][], options: TasteMapOptions): [number, number][] {
  if (vectors.length === 0) return [];
  const { rows } = standardize(vectors);
  if (rows.length < 4) return rows.map((r) => [round(r[0] ?? 0), round(r[1] ?? 0)]);
  const umap = new UMAP({
    nComponents: 2,
    nNeighbors: Math.min(15, rows.length - 1),
    minDist: 0.1,
    random: seededRandom(options.seed),
    ...(options.epochs !== undefined && { nEpochs: options.epochs }),
  });
  return umap.fit(rows).map((p) => [round(p[0] ?? 0), round(p[1] ?? 0)]);
}

/** A week's place on the map: the play-weighted mean of the places of its tracks that the map holds. */
export function weekPosition(
  plays: { trackId: string; plays: number }[],
  places: ReadonlyMap<string, [number, number]>,
): [number, number] | null {
  let x = 0;
  let y = 0;
  let weight = 0;
  for (const { trackId, plays: n } of plays) {
    const place = places.get(trackId);
    if (!place) continue;
    x += n * place[0];
    y += n * place[1];
    weight += n;
  }
  return weight > 0 ? [round(x / weight), round(y / weight)] : null;
}
