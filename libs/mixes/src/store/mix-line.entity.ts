import { Column, Entity, PrimaryColumn } from 'typeorm';
import { flag, json } from '@app/db';
import type { MixLineCandidate, MixLineRecording, MixLineStatus } from '@app/contracts';

/** One slot of a mix's tracklist and what it was found to be in the library. */
@Entity('mix_line')
export class MixLineEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ name: 'mix_id', type: 'varchar', length: 36 })
  mixId!: string;

  @Column({ type: 'integer' })
  position!: number;

  @Column({ name: 'start_ms', type: 'integer', nullable: true })
  startMs!: number | null;

  @Column({ name: 'start_precision', type: 'varchar', length: 16 })
  startPrecision!: string;

  @Column({ type: 'text' })
  artist!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text', nullable: true })
  label!: string | null;

  @Column({ type: 'text', nullable: true, transformer: json })
  together!: { artist: string; title: string }[] | null;

  @Column({ type: 'integer', default: 0, transformer: flag })
  unidentified!: boolean;

  @Column({ type: 'varchar', length: 16 })
  status!: MixLineStatus;

  @Column({ name: 'track_id', type: 'varchar', length: 36, nullable: true })
  trackId!: string | null;

  @Column({ type: 'text', nullable: true, transformer: json })
  candidates!: MixLineCandidate[] | null;

  /** The MusicBrainz recording the resolver settled on for a line not in the library. */
  @Column({ name: 'recording_id', type: 'varchar', length: 36, nullable: true })
  recordingId!: string | null;

  @Column({ type: 'text', nullable: true, transformer: json })
  recordings!: MixLineRecording[] | null;

  @Column({ type: 'text' })
  raw!: string;
}
