import { Column, Entity, PrimaryColumn } from 'typeorm';
import { epochMs } from '@app/db';

/** What the resolver answered for one song (normalised artist and title), so that each song is resolved once. */
@Entity('listen_recording_cache')
export class RecordingCacheEntity {
  @PrimaryColumn({ name: 'song_key', type: 'varchar', length: 64 })
  songKey!: string;

  @Column({ name: 'artist_name', type: 'text' })
  artistName!: string;

  @Column({ name: 'track_name', type: 'text' })
  trackName!: string;

  /** Null: the resolver answered and found no recording. */
  @Column({ name: 'recording_mbid', type: 'varchar', length: 36, nullable: true })
  recordingMbid!: string | null;

  @Column({ name: 'resolved_at', type: 'bigint', transformer: epochMs })
  resolvedAt!: number;
}
