import { Column, Entity, PrimaryColumn } from 'typeorm';
import { epochMs } from '@app/db';

/** What became of a file seen in an import folder. */
export type WatchFileState = 'queued' | 'rejected';

/**
 * One file seen in an import folder, as it was when it settled: a file becomes one import job however often it
 * is seen (events, rescans, restarts); a rejected one is tried again only once it changes.
 */
@Entity('watch_file')
export class WatchFileEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  /** Absolute path on the server. */
  @Column({ type: 'varchar', length: 4096 })
  path!: string;

  @Column({ type: 'bigint', transformer: epochMs })
  size!: number;

  @Column({ type: 'bigint', transformer: epochMs })
  mtime!: number;

  @Column({ type: 'varchar', length: 64, nullable: true })
  sha256!: string | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  xxhash64!: string | null;

  @Column({ type: 'varchar', length: 16 })
  state!: WatchFileState;

  @Column({ name: 'job_id', type: 'varchar', length: 36, nullable: true })
  jobId!: string | null;

  /** Why a rejected file was not imported. */
  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  @Column({ name: 'settled_at', type: 'bigint', transformer: epochMs })
  settledAt!: number;

  @Column({ name: 'created_at', type: 'bigint', transformer: epochMs })
  createdAt!: number;

  @Column({ name: 'updated_at', type: 'bigint', transformer: epochMs })
  updatedAt!: number;
}
