import { Injectable } from '@nestjs/common';
import type { OutliersDto } from '@app/contracts';
import { outliers } from '@app/core';
import { ListenReads } from '@app/listening';
import { TrackVectors } from '../aggregate/track-vectors.js';
import type { ScopedListener } from './listener-scope.js';

const NINETY_DAYS = 90 * 86_400_000;

/** The tracks of the last 90 days farthest from that time's (play-weighted) taste centroid. */
@Injectable()
export class OutliersView {
  constructor(
    private readonly reads: ListenReads,
    private readonly vectors: TrackVectors,
  ) {}

  async of(listener: ScopedListener, limit: number, now = Date.now()): Promise<OutliersDto> {
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
