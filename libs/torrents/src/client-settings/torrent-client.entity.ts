import { Column, Entity, PrimaryColumn } from 'typeorm';
import { epochMs, flag } from '@app/db';
import type { ClientKind } from './client-input.js';

/** A download client (qBittorrent or Transmission) with its password, never shown. */
@Entity('torrent_client')
export class TorrentClientEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ type: 'varchar', length: 20 })
  kind!: ClientKind;

  @Column({ type: 'varchar', length: 2000 })
  url!: string;

  @Column({ type: 'varchar', length: 200 })
  username!: string;

  @Column({ type: 'varchar', length: 200 })
  password!: string;

  @Column({ type: 'varchar', length: 100 })
  category!: string;

  @Column({ name: 'seed_ratio', type: 'real', nullable: true })
  seedRatio!: number | null;

  @Column({ name: 'seed_minutes', type: 'integer', nullable: true })
  seedMinutes!: number | null;

  @Column({ type: 'integer', transformer: flag })
  enabled!: boolean;

  @Column({ name: 'created_at', type: 'bigint', transformer: epochMs })
  createdAt!: number;

  @Column({ name: 'updated_at', type: 'bigint', transformer: epochMs })
  updatedAt!: number;
}
