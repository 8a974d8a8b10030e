import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { json } from '@app/db';

export interface ReleaseMediumRow {
  number: number;
  format: string | null;
  trackCount: number;
}

/** One edition of an album (a MusicBrainz release). */
@Entity('lidarr_release')
export class LidarrReleaseEntity {
  @PrimaryGeneratedColumn('increment')
  id!: number;

  @Column({ name: 'album_id', type: 'integer' })
  albumId!: number;

  @Column({ name: 'foreign_release_id', type: 'varchar', length: 36 })
  foreignReleaseId!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'varchar', length: 32, nullable: true })
  status!: string | null;

  @Column({ type: 'varchar', length: 8, nullable: true })
  country!: string | null;

  @Column({ name: 'release_date', type: 'varchar', length: 10, nullable: true })
  releaseDate!: string | null;

  @Column({ name: 'track_count', type: 'integer', default: 0 })
  trackCount!: number;

  @Column({ type: 'text', transformer: json })
  media!: ReleaseMediumRow[];

  @Column({ type: 'text', nullable: true })
  disambiguation!: string | null;

  @Column({ type: 'text', transformer: json })
  labels!: string[];
}
