import { Injectable } from '@nestjs/common';
import type { TrajectoryDto } from '@app/contracts';
import { ema, momentum, TASTE_AXES, weekPosition } from '@app/core';
import { MAP_SEED, MapFitting } from '../aggregate/map-fitting.service.js';
import { TasteSummary } from '../aggregate/taste-summary.service.js';
import { TasteMaps } from '../store/taste-maps.js';
import type { ScopedListener } from './listener-scope.js';
import { TasteHistory } from './taste-history.js';
import { trackView } from './week-view.js';

const ENERGY = TASTE_AXES.indexOf('energy');

/** The weeks of a window on the listener's taste map, with momentum and change points. */
@Injectable()
export class TrajectoryView {
  constructor(
    private readonly history: TasteHistory,
    private readonly maps: TasteMaps,
    private readonly fitting: MapFitting,
    private readonly summary: TasteSummary,
  ) {}

  async of(listener: ScopedListener, weeks: number, now = Date.now()): Promise<TrajectoryDto> {
    const map = (await this.maps.find(listener.id)) ?? (await this.fitting.fit(listener, now));
    const places = new Map(map.points.map((p) => [p.trackId, [p.x, p.y] as [number, number]]));
    const slots = await this.history.slots(listener, weeks, undefined, now);
    const means = slots.map((s) => s.row?.aggregate.means ?? null);
    return {
      window: `${weeks}w`,
      points: slots.map(({ week, row }) => {
        const place = row ? weekPosition(row.aggregate.topTracks, places) : null;
        return {
          week: week.key,
          x: place?.[0] ?? null,
          y: place?.[1] ?? null,
          energy: row?.aggregate.means?.[ENERGY] ?? null,
          listens: row?.listens ?? 0,
          tracks: row?.aggregate.topTracks.slice(0, 5).map(trackView) ?? [],
        };
      }),
      map: map.points.map((p) => ({
        trackId: p.trackId,
        x: p.x,
        y: p.y,
        energy: p.vector[ENERGY] ?? 0,
        cluster: p.cluster,
      })),
      clusters: map.clusters,
      fittedAt: new Date(map.fittedAt).toISOString(),
      seed: MAP_SEED,
      ema: ema(means),
      momentum: momentum(means),
      changes: (await this.summary.of(listener, now)).changes,
    };
  }
}
