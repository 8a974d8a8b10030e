import { Injectable } from '@nestjs/common';
import { clusterTracks, fitTasteMap, standardize } from '@app/core';
import { ListenReads } from '@app/listening';
import type { MapPoint, TasteMapEntity } from '../store/taste-map.entity.js';
import { TasteMaps } from '../store/taste-maps.js';
import { TrackVectors } from './track-vectors.js';
import type { ListenerRef } from './week-refresh.service.js';

/** The map is fitted on the last 26 weeks… */
export const MAP_WINDOW_MS = 26 * 7 * 86_400_000;
/** …and on the most played tracks only: UMAP's cost grows faster than linearly (500 tracks: a few seconds). */
export const MAP_TRACKS = 500;
/** One seed for every map: the same listens give the same map on every run and machine. */
export const MAP_SEED = 1;
const EPOCHS = 200;

/** Fits a listener's taste map (UMAP) and clusters (k-means, k by silhouette) on standardised taste axes. */
@Injectable()
export class MapFitting {
  constructor(
    private readonly reads: ListenReads,
    private readonly vectors: TrackVectors,
    private readonly maps: TasteMaps,
  ) {}

  async fit(listener: ListenerRef, now = Date.now()): Promise<TasteMapEntity> {
    const plays = await this.reads.trackPlays(listener.id, now - MAP_WINDOW_MS, now + 1, MAP_TRACKS * 2);
    const vectors = await this.vectors.of(plays.map((p) => p.trackId));
    const tracks = plays.filter((p) => vectors.has(p.trackId)).slice(0, MAP_TRACKS);
    const rows = tracks.map((t) => vectors.get(t.trackId)!);
    const places = fitTasteMap(rows, { seed: MAP_SEED, epochs: EPOCHS });
    const clustering = clusterTracks(standardize(rows).rows, MAP_SEED);
    const points: MapPoint[] = tracks.map((t, i) => ({
      trackId: t.trackId,
      artist: t.artistName,
      title: t.trackName,
      x: places[i]![0],
      y: places[i]![1],
      cluster: clustering.assignments[i] ?? 0,
      plays: t.plays,
      durationMs: t.durationMs,
      vector: rows[i]!,
    }));
    const map = { listenerId: listener.id, fittedAt: now, seed: MAP_SEED, clusters: clustering.k, points };
    await this.maps.save(map);
    return map;
  }
}
