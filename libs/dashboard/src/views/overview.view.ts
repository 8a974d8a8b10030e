import { Injectable } from '@nestjs/common';
import type { DashboardOverviewDto } from '@app/contracts';
import { momentum } from '@app/core';
import { TasteSummary } from '../aggregate/taste-summary.service.js';
import { TasteLabels } from '../store/taste-labels.js';
import { TasteWeeks } from '../store/taste-weeks.js';
import type { ScopedListener } from './listener-scope.js';
import { TasteHistory } from './taste-history.js';
import { trackView, weekView } from './week-view.js';

/** The KPIs: this week and last, diversity, momentum, the newest change point. */
@Injectable()
export class OverviewView {
  constructor(
    private readonly history: TasteHistory,
    private readonly weeks: TasteWeeks,
    private readonly labels: TasteLabels,
    private readonly summary: TasteSummary,
  ) {}

  async of(listener: ScopedListener, now = Date.now()): Promise<DashboardOverviewDto> {
    const slots = await this.history.slots(listener, 12, undefined, now);
    const [last, current] = slots.slice(-2);
    const { changes } = await this.summary.of(listener, now);
    return {
      listenerId: listener.id,
      timeZone: listener.timeZone,
      thisWeek: current?.row ? weekView(current.row, now) : null,
      lastWeek: last?.row ? weekView(last.row, now) : null,
      weeks: await this.weeks.count(listener.id),
      momentum: momentum(slots.map((s) => s.row?.aggregate.means ?? null)),
      lastChange: changes.at(-1) ?? null,
      topTracks: (current?.row ?? last?.row)?.aggregate.topTracks.slice(0, 10).map(trackView) ?? [],
      labels: await this.labels.of(listener.id),
    };
  }
}
