import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { ListenSource } from '@app/contracts';
import type { MappedBy } from '../mapping/mapped-by.js';
import { epochMs, json } from '@app/db';

/** One play by one listener; the same play twice (same time, artist and title: its identity hash) is kept once. */
@Entity('listen')
export class ListenEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ name: 'listener_id', type: 'varchar', length: 36 })
  listenerId!: string;

  @Column({ name: 'listened_at', type: 'bigint', transformer: epochMs })
  listenedAt!: number;

  @Column({ name: 'artist_name', type: 'text' })
  artistName!: string;

  @Column({ name: 'track_name', type: 'text' })
  trackName!: string;

  @Column({ name: 'release_name', type: 'text', nullable: true })
  releaseName!: string | null;

  @Column({ name: 'duration_ms', type: 'integer', nullable: true })
  durationMs!: number | null;

  @Column({ name: 'recording_mbid', type: 'varchar', length: 36, nullable: true })
  recordingMbid!: string | null;

  @Column({ type: 'varchar', length: 32 })
  source!: ListenSource;

  @Column({ type: 'text', nullable: true })
  client!: string | null;

  @Column({ name: 'additional_info', type: 'text', nullable: true, transformer: json })
  additionalInfo!: Record<string, unknown> | null;

  /** The library track this was a play of, once mapping found one. */
  @Column({ name: 'track_id', type: 'varchar', length: 36, nullable: true })
  trackId!: string | null;

  /** When mapping settled this listen (found or not); null while it waits, or waits for providers to answer. */
  @Column({ name: 'mapped_at', type: 'bigint', transformer: epochMs, nullable: true })
  mappedAt!: number | null;

  /** The MusicBrainz recording mapping settled on. */
  @Column({ name: 'mapped_mbid', type: 'varchar', length: 36, nullable: true })
  mappedMbid!: string | null;

  @Column({ name: 'mapped_by', type: 'varchar', length: 16, nullable: true })
  mappedBy!: MappedBy | null;

  /** SHA-256 of listener, time, artist and title: unique, so the same play is kept once (see listen-identity.ts). */
  @Column({ name: 'identity_hash', type: 'varchar', length: 64, nullable: true })
  identityHash!: string | null;

  @Column({ name: 'created_at', type: 'bigint', transformer: epochMs })
  createdAt!: number;
}
