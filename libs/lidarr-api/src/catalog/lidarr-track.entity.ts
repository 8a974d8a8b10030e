import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One track of a release; its file in the library is found by the recording id. */
@Entity('lidarr_track')
export class LidarrTrackEntity {
  @PrimaryGeneratedColumn('increment')
  id!: number;

  @Column({ name: 'release_id', type: 'integer' })
  releaseId!: number;

  @Column({ name: 'foreign_track_id', type: 'varchar', length: 36 })
  foreignTrackId!: string;

  @Column({ name: 'foreign_recording_id', type: 'varchar', length: 36 })
  foreignRecordingId!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'integer', default: 0 })
  position!: number;

  /** As printed ("A1", "3"). */
  @Column({ type: 'varchar', length: 16 })
  number!: string;

  @Column({ name: 'medium_number', type: 'integer', default: 1 })
  mediumNumber!: number;

  @Column({ name: 'duration_ms', type: 'integer', nullable: true })
  durationMs!: number | null;
}
