import { Column, Entity, PrimaryColumn } from 'typeorm';
import { epochMs, flag, json } from '@app/db';

/** A Torznab indexer (a Jackett or Prowlarr feed) with its API key, never shown in full. */
@Entity('torrent_indexer')
export class TorrentIndexerEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ type: 'varchar', length: 100 })
  name!: string;

  @Column({ type: 'varchar', length: 2000 })
  url!: string;

  @Column({ name: 'api_key', type: 'varchar', length: 200 })
  apiKey!: string;

  @Column({ type: 'text', transformer: json })
  categories!: number[];

  /** 1 is searched and preferred first; 25 is the default, as in Lidarr. */
  @Column({ type: 'integer' })
  priority!: number;

  @Column({ type: 'integer', transformer: flag })
  enabled!: boolean;

  @Column({ name: 'created_at', type: 'bigint', transformer: epochMs })
  createdAt!: number;

  @Column({ name: 'updated_at', type: 'bigint', transformer: epochMs })
  updatedAt!: number;
}
