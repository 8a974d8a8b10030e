import type { DashboardTrackDto, DashboardWeekDto } from '@app/contracts';
import type { TrackPlays } from '@app/core';
import type { TasteWeekEntity } from '../store/taste-week.entity.js';

export function weekView(row: TasteWeekEntity, now: number): DashboardWeekDto {
  const { topTracks: _tracks, ...figures } = row.aggregate;
  return {
    week: row.week,
    start: new Date(row.weekStart).toISOString(),
    end: new Date(row.weekEnd).toISOString(),
    ...figures,
    open: row.weekEnd > now,
  };
}

export function trackView(t: TrackPlays): DashboardTrackDto {
  return { trackId: t.trackId, artist: t.artist, title: t.title, plays: t.plays };
}
