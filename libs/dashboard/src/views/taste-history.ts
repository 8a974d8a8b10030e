import { Inject, Injectable } from '@nestjs/common';
import type { DashboardChangeDto } from '@app/contracts';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { cusumChangePoints, type ListenerWeek, shiftWeek, TASTE_AXES, weekOf } from '@app/core';
import type { TasteWeekEntity } from '../store/taste-week.entity.js';
import { TasteWeeks } from '../store/taste-weeks.js';
import type { ListenerRef } from '../aggregate/week-refresh.service.js';

/** Change points are looked for in the last two years. */
const HISTORY_WEEKS = 104;

export interface WeekSlot {
  week: ListenerWeek;
  row: TasteWeekEntity | undefined;
}

/** A listener's consecutive weeks up to one week (weeks without listens included), with their aggregates. */
@Injectable()
export class TasteHistory {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly weeks: TasteWeeks,
  ) {}

  /** `count` weeks ending with the one `last` names (default: the running week). */
  async slots(listener: ListenerRef, count: number, last?: ListenerWeek, now = Date.now()): Promise<WeekSlot[]> {
    const end = last ?? weekOf(now, listener.timeZone);
    const rows = await this.weeks.upTo(listener.id, end.end, count);
    const byKey = new Map(rows.map((r) => [r.week, r]));
    const slots: WeekSlot[] = [];
    let week = end;
    for (let i = 0; i < count; i++) {
      slots.unshift({ week, row: byKey.get(week.key) });
      week = shiftWeek(week, -1, listener.timeZone);
    }
    return slots;
  }

  /** Lasting shifts of energy and valence over the last two years, oldest first. */
  async changes(listener: ListenerRef, now = Date.now()): Promise<DashboardChangeDto[]> {
    const slots = await this.slots(listener, HISTORY_WEEKS, undefined, now);
    const first = slots.findIndex((s) => s.row);
    if (first < 0) return [];
    const used = slots.slice(first);
    return (['energy', 'valence'] as const)
      .flatMap((axis) => {
        const d = TASTE_AXES.indexOf(axis);
        const series = used.map((s) => s.row?.aggregate.means?.[d] ?? null);
        return cusumChangePoints(series, { threshold: this.config.dashboard.changeThreshold }).map((p) => ({
          week: used[p.index]!.week.key,
          axis,
          direction: p.direction,
        }));
      })
      .sort((a, b) => a.week.localeCompare(b.week) || a.axis.localeCompare(b.axis));
  }
}
