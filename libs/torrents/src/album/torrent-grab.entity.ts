import { Column, Entity, PrimaryColumn } from 'typeorm';
import { epochMs } from '@app/db';

/** A torrent an album job sent to a download client, kept until the torrent leaves the client. */
@Entity('torrent_grab')
export class TorrentGrabEntity {
  @PrimaryColumn({ name: 'job_id', type: 'varchar', length: 36 })
  jobId!: string;

  @Column({ name: 'info_hash', type: 'varchar', length: 40 })
  infoHash!: string;

  @Column({ name: 'client_id', type: 'varchar', length: 36 })
  clientId!: string;

  @Column({ type: 'varchar', length: 1000 })
  title!: string;

  /** The indexer's own minimums (Torznab minimumratio / minimumseedtime), which raise the person's limits. */
  @Column({ name: 'minimum_ratio', type: 'real', nullable: true })
  minimumRatio!: number | null;

  @Column({ name: 'minimum_seed_seconds', type: 'integer', nullable: true })
  minimumSeedSeconds!: number | null;

  @Column({ name: 'grabbed_at', type: 'bigint', transformer: epochMs })
  grabbedAt!: number;

  /** When the job saw the download complete: seeding time counts from here. */
  @Column({ name: 'completed_at', type: 'bigint', nullable: true, transformer: epochMs })
  completedAt!: number | null;

  @Column({ name: 'removed_at', type: 'bigint', nullable: true, transformer: epochMs })
  removedAt!: number | null;

  @Column({ name: 'removal_reason', type: 'varchar', length: 500, nullable: true })
  removalReason!: string | null;
}
