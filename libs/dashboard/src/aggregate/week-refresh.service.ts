import { Injectable, Logger } from '@nestjs/common';
import { aggregateWeek, weekOf } from '@app/core';
import { ListenReads } from '@app/listening';
import { TasteWeeks } from '../store/taste-weeks.js';
import type { TasteWeekEntity } from '../store/taste-week.entity.js';
import { TrackVectors } from './track-vectors.js';
import { bucketByWeek, type WeekMark } from './week-marks.js';

export interface ListenerRef {
  id: string;
  timeZone: string;
}

/**
 * Keeps a listener's weekly aggregates current: the running week every time, a finished week once — and again
 * only when its listens changed (a history import) or more of them were mapped to library tracks.
 */
@Injectable()
export class WeekRefresh {
  private readonly logger = new Logger(WeekRefresh.name);

  constructor(
    private readonly reads: ListenReads,
    private readonly weeks: TasteWeeks,
    private readonly vectors: TrackVectors,
  ) {}

  /** Aggregates the weeks that need it; `rebuild` does every week again. Returns how many were done. */
  async refresh(listener: ListenerRef, { rebuild = false, now = Date.now() } = {}): Promise<number> {
    const marks = bucketByWeek(await this.reads.marks(listener.id), listener.timeZone);
    const stored = rebuild ? new Map() : await this.weeks.signatures(listener.id);
    const current = weekOf(now, listener.timeZone).key;
    const due = marks.filter((w) => {
      const seen = stored.get(w.key);
      return w.key === current || !seen || seen.listens !== w.listens || seen.mapped !== w.mapped;
    });
    for (let i = 0; i < due.length; i += 20) {
      await this.weeks.save(await Promise.all(due.slice(i, i + 20).map((w) => this.aggregate(listener, w, now))));
    }
    if (due.length > 1) this.logger.log(`Listener ${listener.id}: ${due.length} weeks aggregated`);
    return due.length;
  }

  private async aggregate(listener: ListenerRef, week: WeekMark, now: number): Promise<TasteWeekEntity> {
    const listens = await this.reads.between(listener.id, week.start, week.end);
    const vectors = await this.vectors.of(listens.flatMap((l) => (l.trackId ? [l.trackId] : [])));
    const aggregate = aggregateWeek(
      listens.map((l) => ({
        trackId: l.trackId,
        artist: l.artistName,
        title: l.trackName,
        durationMs: l.durationMs,
        tags: l.tags,
        vector: (l.trackId && vectors.get(l.trackId)) || null,
      })),
    );
    return {
      listenerId: listener.id,
      week: week.key,
      weekStart: week.start,
      weekEnd: week.end,
      listens: week.listens,
      mapped: week.mapped,
      aggregate,
      computedAt: now,
    };
  }
}
