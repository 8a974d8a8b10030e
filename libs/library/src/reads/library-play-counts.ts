import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { LibraryTrackEntity } from '../index-store/library-track.entity.js';

/** A track's plays as the listening module counted them. */
export interface TrackPlays {
  trackId: string;
  playCount: number;
  lastPlayedAt: number | null;
}

// Five parameters per track; SQLite allows 999 per statement.
const TRACKS_PER_STATEMENT = 150;

/**
 * The play count and last play kept on each library track, written by the module that counts listens, inside
 * its own transaction: the library keeps the columns, listening decides what is in them.
 */
@Injectable()
export class LibraryPlayCounts {
  async setIn(m: EntityManager, plays: TrackPlays[]): Promise<void> {
    for (let at = 0; at < plays.length; at += TRACKS_PER_STATEMENT) {
      const chunk = plays.slice(at, at + TRACKS_PER_STATEMENT);
      const params: Record<string, unknown> = {};
      const counts: string[] = [];
      const lasts: string[] = [];
      chunk.forEach((p, i) => {
        Object.assign(params, { [`id${i}`]: p.trackId, [`count${i}`]: p.playCount, [`last${i}`]: p.lastPlayedAt });
        // Typed, since PostgreSQL cannot infer a CASE of bare parameters.
        counts.push(`WHEN :id${i} THEN CAST(:count${i} AS integer)`);
        lasts.push(`WHEN :id${i} THEN CAST(:last${i} AS bigint)`);
      });
      await m
        .createQueryBuilder()
        .update(LibraryTrackEntity)
        .set({
          playCount: () => `CASE id ${counts.join(' ')} END`,
          lastPlayedAt: () => `CASE id ${lasts.join(' ')} END`,
        })
        .where('id IN (:...ids)', { ids: chunk.map((p) => p.trackId) })
        .setParameters(params)
        .execute();
    }
  }
}
