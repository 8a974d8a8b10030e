import { Injectable } from '@nestjs/common';
import type { OutliersDto } from '@app/contracts';
import { outliers } from '@app/core';
import { ListenReads } from '@app/listening';
import type { ListenerRef } from './week-refresh.service.js';
import { TrackVectors } from './track-vectors.js';

const NINETY_DAYS = 90 * 86_400_000;
/** The most the outliers route gives; the stored ranking is this long, so any shorter one is its head. */
export const MAX_OUTLIERS = 100;

/** The tracks of the 90 days up to `now` farthest from that time's (play-weighted) taste centroid. */
@Injectable()
export class OutlierRanking {
  constructor(
    private readonly reads: ListenReads,
    private readonly vectors: TrackVectors,
  ) {}

  async rank(listener: ListenerRef, now: number, limit = MAX_OUTLIERS): Promise<OutliersDto> {
    const since = now - NINETY_DAYS;
    const plays = await this.reads.trackPlays(listener.id, since, now + 1);
    const vectors = await this.vectors.of(plays.map((p) => p.trackId));
    const tracks = plays.flatMap((p) => {
      const vector = vectors.get(p.trackId);
      return vector ? [{ ...p, vector }] : [];
    });
    return {
      since: new Date(since).toISOString(),
      tracks: outliers(tracks, limit).map((t) => ({
        trackId: t.trackId,
        artist: t.artistName,
        title: t.trackName,
        plays: t.plays,
        distance: t.distance,
        axes: t.vector,
      })),
    };
  }
}
