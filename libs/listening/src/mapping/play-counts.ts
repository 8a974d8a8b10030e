import { Injectable } from '@nestjs/common';
import { LibraryTrackEntity } from '@app/library';
import type { EntityManager } from 'typeorm';

const IDS_PER_STATEMENT = 500;

/**
 * Library tracks' play counts and last plays, counted again from their listens whenever listens are linked to
 * them: a recount, never an increment, so a repeated or overlapping mapping cannot count a play twice.
 */
@Injectable()
export class PlayCounts {
  async recountIn(m: EntityManager, trackIds: string[]): Promise<void> {
    for (let at = 0; at < trackIds.length; at += IDS_PER_STATEMENT) {
      await m
        .createQueryBuilder()
        .update(LibraryTrackEntity)
        .set({
          playCount: () => '(SELECT COUNT(*) FROM listen WHERE listen.track_id = library_track.id)',
          lastPlayedAt: () => '(SELECT MAX(listen.listened_at) FROM listen WHERE listen.track_id = library_track.id)',
        })
        .where('id IN (:...ids)', { ids: trackIds.slice(at, at + IDS_PER_STATEMENT) })
        .execute();
    }
  }
}
