import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { epochMs, flag, json } from '@app/db';

/** An artist a person follows through the Lidarr API; `foreignArtistId` is its MusicBrainz id. */
@Entity('lidarr_artist')
export class LidarrArtistEntity {
  @PrimaryGeneratedColumn('increment')
  id!: number;

  @Column({ name: 'foreign_artist_id', type: 'varchar', length: 36 })
  foreignArtistId!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ name: 'sort_name', type: 'text' })
  sortName!: string;

  @Column({ type: 'text', nullable: true })
  disambiguation!: string | null;

  @Column({ name: 'artist_type', type: 'varchar', length: 32, nullable: true })
  artistType!: string | null;

  @Column({ type: 'integer', default: 0, transformer: flag })
  ended!: boolean;

  @Column({ type: 'integer', default: 1, transformer: flag })
  monitored!: boolean;

  /** The `addOptions.monitor` it was added with (`all`, `existing`…). */
  @Column({ name: 'monitor_option', type: 'varchar', length: 16 })
  monitorOption!: string;

  @Column({ name: 'monitor_new_items', type: 'varchar', length: 16 })
  monitorNewItems!: string;

  @Column({ name: 'quality_profile_id', type: 'integer', default: 1 })
  qualityProfileId!: number;

  @Column({ name: 'metadata_profile_id', type: 'integer', default: 1 })
  metadataProfileId!: number;

  @Column({ name: 'root_folder_path', type: 'text' })
  rootFolderPath!: string;

  @Column({ type: 'text', transformer: json })
  tags!: number[];

  @Column({ name: 'added_at', type: 'bigint', transformer: epochMs })
  addedAt!: number;

  /** When its albums were last read from MusicBrainz; null until the first refresh ends. */
  @Column({ name: 'refreshed_at', type: 'bigint', nullable: true, transformer: epochMs })
  refreshedAt!: number | null;
}
