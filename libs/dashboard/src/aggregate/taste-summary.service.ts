import { Injectable } from '@nestjs/common';
import { weekOf } from '@app/core';
import { TasteSummaries } from '../store/taste-summaries.js';
import type { TasteSummaryEntity } from '../store/taste-summary.entity.js';
import { TasteHistory } from '../views/taste-history.js';
import { OutlierRanking } from './outlier-ranking.js';
import type { ListenerRef } from './week-refresh.service.js';

/**
 * The change points and outliers of a listener, computed when the weeks are refreshed so that the routes only
 * read them. A summary from an earlier running week (no refresh since the week turned) is computed afresh.
 */
@Injectable()
export class TasteSummary {
  constructor(
    private readonly history: TasteHistory,
    private readonly ranking: OutlierRanking,
    private readonly summaries: TasteSummaries,
  ) {}

  async of(listener: ListenerRef, now = Date.now()): Promise<TasteSummaryEntity> {
    const stored = await this.summaries.find(listener.id);
    if (stored && stored.week === weekOf(now, listener.timeZone).key) return stored;
    return this.compute(listener, now);
  }

  async compute(listener: ListenerRef, now = Date.now()): Promise<TasteSummaryEntity> {
    const summary: TasteSummaryEntity = {
      listenerId: listener.id,
      week: weekOf(now, listener.timeZone).key,
      computedAt: now,
      changes: await this.history.changes(listener, now),
      outliers: await this.ranking.rank(listener, now),
    };
    await this.summaries.save(summary);
    return summary;
  }
}
