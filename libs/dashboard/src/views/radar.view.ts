import { Injectable } from '@nestjs/common';
import { DASHBOARD_AXES, type RadarDto } from '@app/contracts';
import { NotFoundError, parseWeekKey, radar, shiftWeek, tracksBehindShift, weekOf } from '@app/core';
import { TrackVectors } from '../aggregate/track-vectors.js';
import { TasteLabels } from '../store/taste-labels.js';
import { TasteWeeks } from '../store/taste-weeks.js';
import type { ScopedListener } from './listener-scope.js';
import { TasteHistory } from './taste-history.js';
import { trackView } from './week-view.js';

/** Six months of weeks before the one shown. */
const BASELINE_WEEKS = 26;

/** A week against the listener's 6-month baseline, and optionally against another week. */
@Injectable()
export class RadarView {
  constructor(
    private readonly history: TasteHistory,
    private readonly weeks: TasteWeeks,
    private readonly vectors: TrackVectors,
    private readonly labels: TasteLabels,
  ) {}

  async of(listener: ScopedListener, weekKey?: string, compareKey?: string, now = Date.now()): Promise<RadarDto> {
    const week = weekKey ? parseWeekKey(weekKey, listener.timeZone, 'week') : weekOf(now, listener.timeZone);
    const compareWeek = compareKey ? parseWeekKey(compareKey, listener.timeZone, 'compare') : undefined;
    const row = await this.weeks.find(listener.id, week.key);
    if (!row?.aggregate.means) throw new NotFoundError(`No analysed listens in week ${week.key}`);
    const compareRow = compareWeek && (await this.weeks.find(listener.id, compareWeek.key));
    if (compareWeek && !compareRow?.aggregate.means) {
      throw new NotFoundError(`No analysed listens in week ${compareWeek.key}`);
    }
    const before = shiftWeek(week, -1, listener.timeZone);
    const baseline = (await this.history.slots(listener, BASELINE_WEEKS, before, now)).flatMap(({ row: r }) =>
      r?.aggregate.means && r.aggregate.spreads
        ? [{ means: r.aggregate.means, spreads: r.aggregate.spreads, weight: r.aggregate.analysedListens }]
        : [],
    );
    const labels = await this.labels.of(listener.id);
    const axes = radar(row.aggregate.means, baseline) ?? noBaseline(row.aggregate.means);
    const vectors = await this.vectors.of(row.aggregate.topTracks.map((t) => t.trackId));
    const tracks = row.aggregate.topTracks.flatMap((t) => {
      const vector = vectors.get(t.trackId);
      return vector ? [{ ...t, vector }] : [];
    });
    const shift = baseline.length ? tracksBehindShift(axes, tracks) : null;
    return {
      week: week.key,
      compare: compareWeek?.key ?? null,
      baselineWeeks: baseline.length,
      axes: axes.map((a, d) => ({
        ...a,
        label: labels[a.axis],
        ...(compareRow?.aggregate.means && { compare: compareRow.aggregate.means[d] ?? 0 }),
      })),
      shift: shift && { axis: shift.axis, tracks: shift.tracks.map(trackView) },
    };
  }
}

/** Without earlier weeks the week is its own baseline. */
function noBaseline(means: number[]) {
  return DASHBOARD_AXES.map((axis, d) => ({ axis, week: means[d] ?? 0, baseline: means[d] ?? 0, z: 0 }));
}
