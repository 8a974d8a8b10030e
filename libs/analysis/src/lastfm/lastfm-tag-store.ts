import { Injectable } from '@nestjs/common';
import { TransactionRunner } from '@app/db';
import { LibraryTrackReads } from '@app/library';
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
  constructor(
    private readonly tx: TransactionRunner,
    private readonly tracks: LibraryTrackReads,
  ) {}

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
  async tracksToTag(sinceMs?: number): Promise<TrackToTag[]> {
    const tracks = await this.tracks.credited(sinceMs);
    if (sinceMs !== undefined) return tracks;
    const asked = await this.tx.outsideTransaction((manager) =>
      manager.find(TrackLastfmTagsEntity, { select: { trackId: true } }),
    );
    const seen = new Set(asked.map((row) => row.trackId));
    return tracks.filter((track) => !seen.has(track.id));
  }
}
