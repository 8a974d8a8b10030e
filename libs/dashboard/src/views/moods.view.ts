import { Injectable } from '@nestjs/common';
import { type DashboardMood, DASHBOARD_MOODS, type ListenSource, type MoodsDto } from '@app/contracts';
import { moodOf } from '@app/core';
import { ListenReads } from '@app/listening';
import { TrackVectors } from '../aggregate/track-vectors.js';
import type { ScopedListener } from './listener-scope.js';
import { TasteHistory } from './taste-history.js';

export interface MoodsFilter {
  artist?: string;
  source?: ListenSource;
}

const noMoods = () => Object.fromEntries(DASHBOARD_MOODS.map((m) => [m, 0])) as Record<DashboardMood, number>;

/** Listens per mood per week; unfiltered from the stored weeks, filtered from the listens themselves. */
@Injectable()
export class MoodsView {
  constructor(
    private readonly history: TasteHistory,
    private readonly reads: ListenReads,
    private readonly vectors: TrackVectors,
  ) {}

  async of(listener: ScopedListener, weeks: number, filter: MoodsFilter, now = Date.now()): Promise<MoodsDto> {
    const slots = await this.history.slots(listener, weeks, undefined, now);
    const filtered = filter.artist !== undefined || filter.source !== undefined;
    const result: MoodsDto = { window: `${weeks}w`, filter, weeks: [] };
    if (!filtered) {
      result.weeks = slots.map(({ week, row }) => ({ week: week.key, moods: row?.aggregate.moods ?? noMoods() }));
      return result;
    }
    const first = slots[0]!.week;
    const listens = await this.reads.between(listener.id, first.start, slots.at(-1)!.week.end, filter);
    const vectors = await this.vectors.of(listens.flatMap((l) => (l.trackId ? [l.trackId] : [])));
    result.weeks = slots.map(({ week }) => ({ week: week.key, moods: noMoods() }));
    let slot = 0;
    for (const listen of listens) {
      while (slot < slots.length - 1 && listen.listenedAt >= slots[slot]!.week.end) slot++;
      const vector = listen.trackId ? vectors.get(listen.trackId) : undefined;
      if (vector) result.weeks[slot]!.moods[moodOf(vector)]++;
    }
    return result;
  }
}
