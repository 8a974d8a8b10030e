import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { epochMs, flag, json } from '@app/db';

/** An album of a followed artist; `foreignAlbumId` is its MusicBrainz release group. */
@Entity('lidarr_album')
export class LidarrAlbumEntity {
  @PrimaryGeneratedColumn('increment')
  id!: number;

  @Column({ name: 'artist_id', type: 'integer' })
  artistId!: number;

  @Column({ name: 'foreign_album_id', type: 'varchar', length: 36 })
  foreignAlbumId!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text', nullable: true })
  disambiguation!: string | null;

  @Column({ name: 'album_type', type: 'varchar', length: 32, nullable: true })
  albumType!: string | null;

  @Column({ name: 'secondary_types', type: 'text', transformer: json })
  secondaryTypes!: string[];

  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, as MusicBrainz knows it. */
  @Column({ name: 'release_date', type: 'varchar', length: 10, nullable: true })
  releaseDate!: string | null;

  @Column({ type: 'integer', default: 0, transformer: flag })
  monitored!: boolean;

  /** The release (MusicBrainz id) its tracks are fetched from. */
  @Column({ name: 'chosen_release_id', type: 'varchar', length: 36, nullable: true })
  chosenReleaseId!: string | null;

  /** The album job of its last search. */
  @Column({ name: 'job_id', type: 'varchar', length: 36, nullable: true })
  jobId!: string | null;

  @Column({ name: 'last_search_at', type: 'bigint', nullable: true, transformer: epochMs })
  lastSearchAt!: number | null;

  @Column({ name: 'added_at', type: 'bigint', transformer: epochMs })
  addedAt!: number;
}
