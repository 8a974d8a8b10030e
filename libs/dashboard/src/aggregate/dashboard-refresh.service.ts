import { Injectable } from '@nestjs/common';
import type { AggregateWeeksRequest, AggregateWeeksResultDto } from '@app/contracts';
import { Listeners } from '@app/listening';
import { TasteMaps } from '../store/taste-maps.js';
import { MapFitting } from './map-fitting.service.js';
import { TasteSummary } from './taste-summary.service.js';
import { TrackVectors } from './track-vectors.js';
import { WeekRefresh } from './week-refresh.service.js';

/** One refresh of the dashboard's stored figures, for one listener or all of them. */
@Injectable()
export class DashboardRefresh {
  constructor(
    private readonly listeners: Listeners,
    private readonly weeks: WeekRefresh,
    private readonly fitting: MapFitting,
    private readonly maps: TasteMaps,
    private readonly vectors: TrackVectors,
    private readonly summary: TasteSummary,
  ) {}

  /**
   * Weeks that need it are aggregated; maps are fitted when asked to (`refit`) or when a listener has none; the
   * change points and outliers are computed again.
   */
  async run(request: AggregateWeeksRequest = {}): Promise<AggregateWeeksResultDto> {
    const started = Date.now();
    if (request.refit || request.rebuild) this.vectors.forget();
    const listeners = request.listenerId ? [await this.listeners.get(request.listenerId)] : await this.listeners.list();
    let weeksComputed = 0;
    let mapsFitted = 0;
    for (const listener of listeners) {
      weeksComputed += await this.weeks.refresh(listener, { rebuild: request.rebuild === true });
      if (request.refit || request.rebuild || !(await this.maps.find(listener.id))) {
        await this.fitting.fit(listener);
        mapsFitted++;
      }
      await this.summary.compute(listener);
    }
    return { listeners: listeners.length, weeksComputed, mapsFitted, ms: Date.now() - started };
  }
}
