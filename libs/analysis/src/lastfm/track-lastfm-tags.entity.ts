import { Column, Entity, PrimaryColumn } from 'typeorm';
import { epochMs, json } from '@app/db';
import type { MappedTag } from './map-lastfm-tags.js';

/** What Last.fm said about one library track when last asked. */
@Entity('track_lastfm_tags')
export class TrackLastfmTagsEntity {
  @PrimaryColumn({ name: 'track_id', type: 'varchar', length: 36 })
  trackId!: string;

  /** `tagged` (the tags may still be empty: nothing passed the whitelist) or `not-found` at Last.fm. */
  @Column({ type: 'varchar', length: 16 })
  status!: 'tagged' | 'not-found';

  @Column({ type: 'text', transformer: json })
  tags!: MappedTag[];

  @Column({ name: 'synced_at', type: 'bigint', transformer: epochMs })
  syncedAt!: number;
}
