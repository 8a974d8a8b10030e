import { Injectable } from '@nestjs/common';
import { LibraryPlayCounts, type TrackPlays } from '@app/library';
import type { EntityManager } from 'typeorm';
import { ListenEntity } from '../listens/listen.entity.js';

const IDS_PER_STATEMENT = 500;

/**
 * Library tracks' play counts and last plays, counted again from their listens whenever listens are linked to
 * them: a recount, never an increment, so a repeated or overlapping mapping cannot count a play twice.
 */
@Injectable()
export class PlayCounts {
  constructor(private readonly library: LibraryPlayCounts) {}

  async recountIn(m: EntityManager, trackIds: string[]): Promise<void> {
    const plays: TrackPlays[] = [];
    for (let at = 0; at < trackIds.length; at += IDS_PER_STATEMENT) {
      const ids = trackIds.slice(at, at + IDS_PER_STATEMENT);
      const rows = await m
        .createQueryBuilder(ListenEntity, 'l')
        .select('l.trackId', 'trackId')
        .addSelect('COUNT(*)', 'count')
        .addSelect('MAX(l.listenedAt)', 'last')
        .where('l.trackId IN (:...ids)', { ids })
        .groupBy('l.trackId')
        .getRawMany<{ trackId: string; count: string | number; last: string | number | null }>();
      const counted = new Map(rows.map((r) => [r.trackId, r]));
      for (const trackId of ids) {
        const row = counted.get(trackId);
        plays.push({
          trackId,
          playCount: Number(row?.count ?? 0),
          lastPlayedAt: row?.last === null || row?.last === undefined ? null : Number(row.last),
        });
      }
    }
    await this.library.setIn(m, plays);
  }
}
