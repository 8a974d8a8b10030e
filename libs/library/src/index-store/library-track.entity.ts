import { Column, Entity, PrimaryColumn } from 'typeorm';
import { epochMs, flag, json } from '@app/db';

/** One audio file in the library, as last indexed (by a scan, or by the job that stored it). */
@Entity('library_track')
export class LibraryTrackEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  /** Relative to the library root, `/`-separated. */
  @Column({ type: 'varchar', length: 4096 })
  path!: string;

  @Column({ type: 'varchar', length: 16 })
  format!: string;

  @Column({ type: 'varchar', length: 32, nullable: true })
  codec!: string | null;

  @Column({ type: 'integer', nullable: true })
  bitrate!: number | null;

  @Column({ name: 'sample_rate', type: 'integer', nullable: true })
  sampleRate!: number | null;

  @Column({ name: 'duration_ms', type: 'integer', nullable: true })
  durationMs!: number | null;

  @Column({ type: 'bigint', transformer: epochMs })
  size!: number;

  @Column({ type: 'bigint', transformer: epochMs })
  mtime!: number;

  /** SHA-256 of the whole file. */
  @Column({ name: 'content_hash', type: 'varchar', length: 64, nullable: true })
  contentHash!: string | null;

  /** xxHash64 of the whole file, 16 hex digits; null for rows indexed before watch folders existed. */
  @Column({ type: 'varchar', length: 16, nullable: true })
  xxhash64!: string | null;

  /** When the file was found gone (epoch ms); null while it is there. Removed after a grace period. */
  @Column({ name: 'missing_since', type: 'bigint', nullable: true, transformer: epochMs })
  missingSince!: number | null;

  /** Chromaprint raw fingerprint (comma-separated integers from `fpcalc -raw`). */
  @Column({ type: 'text', nullable: true })
  fingerprint!: string | null;

  @Column({ type: 'text', nullable: true })
  title!: string | null;

  @Column({ type: 'text', nullable: true })
  artist!: string | null;

  @Column({ type: 'text', nullable: true })
  album!: string | null;

  @Column({ name: 'album_artist', type: 'text', nullable: true })
  albumArtist!: string | null;

  @Column({ name: 'track_number', type: 'integer', nullable: true })
  trackNumber!: number | null;

  @Column({ name: 'disc_number', type: 'integer', nullable: true })
  discNumber!: number | null;

  @Column({ type: 'integer', nullable: true })
  year!: number | null;

  /** Every tag read from the file (TrackMetadata shape plus ReplayGain and source URL). */
  @Column({ type: 'text', nullable: true, transformer: json })
  tags!: Record<string, unknown> | null;

  @Column({ name: 'mb_recording_id', type: 'varchar', length: 36, nullable: true })
  mbRecordingId!: string | null;

  @Column({ name: 'mb_release_id', type: 'varchar', length: 36, nullable: true })
  mbReleaseId!: string | null;

  @Column({ name: 'mb_release_group_id', type: 'varchar', length: 36, nullable: true })
  mbReleaseGroupId!: string | null;

  @Column({ name: 'mb_artist_id', type: 'varchar', length: 36, nullable: true })
  mbArtistId!: string | null;

  @Column({ type: 'varchar', length: 12, nullable: true })
  isrc!: string | null;

  @Column({ name: 'source_url', type: 'text', nullable: true })
  sourceUrl!: string | null;

  /** The job that stored the file; null for files found by a scan. */
  @Column({ name: 'job_id', type: 'varchar', length: 36, nullable: true })
  jobId!: string | null;

  @Column({
    name: 'has_cover',
    type: 'integer',
    default: 0,
    transformer: flag,
  })
  hasCover!: boolean;

  /** Listens mapped to this track, across listeners; kept by the listening mapping, never by a scan. */
  @Column({ name: 'play_count', type: 'integer', default: 0 })
  playCount!: number;

  @Column({ name: 'last_played_at', type: 'bigint', transformer: epochMs, nullable: true })
  lastPlayedAt!: number | null;

  @Column({ name: 'created_at', type: 'bigint', transformer: epochMs })
  createdAt!: number;

  @Column({ name: 'updated_at', type: 'bigint', transformer: epochMs })
  updatedAt!: number;
}
