import { Injectable } from '@nestjs/common';
import type { CreateListRequest, MixtapeDto } from '@app/contracts';
import {
  type ListenerWeek,
  NotFoundError,
  parseWeekKey,
  pickMixtape,
  shiftWeek,
  toRequestListText,
  weekOf,
  weightedMean,
} from '@app/core';
import { ListenReads } from '@app/listening';
import { TasteMaps } from '../store/taste-maps.js';
import { TasteWeeks } from '../store/taste-weeks.js';
import type { ScopedListener } from './listener-scope.js';

/** Listens without a length count as an average song. */
const TYPICAL_MS = 240_000;
/** Songs a list request asks for at most. */
const REQUEST_LIMIT = 200;

/** A 60–90 minute mixtape from the week's dominant cluster, and the songs to request that the library lacks. */
@Injectable()
export class MixtapeView {
  constructor(
    private readonly weeks: TasteWeeks,
    private readonly maps: TasteMaps,
    private readonly reads: ListenReads,
  ) {}

  async of(listener: ScopedListener, weekKey: string | undefined, now = Date.now()): Promise<MixtapeDto> {
    const week = this.week(listener, weekKey, now);
    const row = await this.weeks.find(listener.id, week.key);
    const map = await this.maps.find(listener.id);
    if (!row || !map) throw new NotFoundError(`No listens aggregated for week ${week.key} yet`);
    const clusterOf = new Map(map.points.map((p) => [p.trackId, p.cluster]));
    const weight = new Map<number, number>();
    for (const t of row.aggregate.topTracks) {
      const cluster = clusterOf.get(t.trackId);
      if (cluster !== undefined) weight.set(cluster, (weight.get(cluster) ?? 0) + t.plays);
    }
    const dominant = [...weight].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0];
    if (dominant === undefined) return { week: week.key, cluster: null, durationMs: 0, short: true, tracks: [] };
    const candidates = map.points
      .filter((p) => p.cluster === dominant)
      .map((p) => ({ ...p, durationMs: p.durationMs ?? TYPICAL_MS }));
    const centroid = weightedMean(
      candidates.map((c) => c.vector),
      candidates.map((c) => c.plays),
    )!;
    const mixtape = pickMixtape(candidates, centroid);
    return {
      week: week.key,
      cluster: dominant,
      durationMs: mixtape.durationMs,
      short: mixtape.short,
      tracks: mixtape.tracks.map((t) => ({
        trackId: t.trackId,
        artist: t.artist,
        title: t.title,
        plays: t.plays,
        durationMs: t.durationMs,
      })),
    };
  }

  /** A list request (`POST /api/v1/lists` body) for the songs played in the 4 weeks up to the week that no library track stands for. */
  async request(listener: ScopedListener, weekKey: string | undefined, now = Date.now()): Promise<CreateListRequest> {
    const week = this.week(listener, weekKey, now);
    const from = shiftWeek(week, -3, listener.timeZone).start;
    const songs = await this.reads.unmappedPlays(listener.id, from, week.end, REQUEST_LIMIT);
    if (!songs.length) throw new NotFoundError(`Every song played in the 4 weeks up to ${week.key} is in the library`);
    return {
      text: toRequestListText(songs.map((s) => ({ artist: s.artistName, title: s.trackName }))),
      fileName: `${listener.name} played elsewhere, weeks to ${week.key}.txt`,
    };
  }

  private week(listener: ScopedListener, weekKey: string | undefined, now: number): ListenerWeek {
    return weekKey ? parseWeekKey(weekKey, listener.timeZone, 'week') : weekOf(now, listener.timeZone);
  }
}
