import { Injectable } from '@nestjs/common';
import { TransactionRunner } from '@app/db';
import { LibraryTrackEntity } from '@app/library';
import { TrackLastfmTagsEntity } from './track-lastfm-tags.entity.js';

/** A library track as Last.fm is asked about it. */
export interface TrackToTag {
  id: string;
  artist: string;
  title: string;
}

/** Stored Last.fm tags, and which library tracks to ask about. */
@Injectable()
export class LastfmTagStore {
  constructor(private readonly tx: TransactionRunner) {}

  find(trackId: string): Promise<TrackLastfmTagsEntity | null> {
    return this.tx.outsideTransaction((manager) => manager.findOneBy(TrackLastfmTagsEntity, { trackId }));
  }

  save(row: TrackLastfmTagsEntity): Promise<void> {
    return this.tx.outsideTransaction(async (manager) => {
      await manager.save(TrackLastfmTagsEntity, row);
    });
  }

  /**
   * Tracks with an artist and a title: those changed in the library since `sinceMs`, or, without it, those
   * never asked about. Ordered by id so that a run is repeatable.
   */
  tracksToTag(sinceMs?: number): Promise<TrackToTag[]> {
    return this.tx.outsideTransaction(async (manager) => {
      const qb = manager
        .createQueryBuilder(LibraryTrackEntity, 't')
        .select(['t.id', 't.artist', 't.title'])
        .where('t.artist IS NOT NULL AND t.title IS NOT NULL')
        .orderBy('t.id', 'ASC');
      if (sinceMs !== undefined) qb.andWhere('t.updatedAt >= :sinceMs', { sinceMs });
      else
        qb.andWhere(
          (sub) =>
            `NOT EXISTS ${sub.subQuery().select('1').from(TrackLastfmTagsEntity, 'l').where('l.trackId = t.id').getQuery()}`,
        );
      const rows = await qb.getMany();
      return rows.flatMap((t) =>
        t.artist?.trim() && t.title?.trim() ? [{ id: t.id, artist: t.artist, title: t.title }] : [],
      );
    });
  }
}
