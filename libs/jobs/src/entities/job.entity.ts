import type { JobErrorDto, JobKind, JobOptions, JobState, JobStatus } from '@app/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { epochMs, json } from '@app/db';
import type { JobData } from '../engine/job-data.js';

@Entity('job')
export class JobEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ type: 'varchar', length: 16 })
  kind!: JobKind;

  @Column({ type: 'text' })
  query!: string;

  @Column({ type: 'text', transformer: json })
  options!: JobOptions;

  @Column({ type: 'varchar', length: 32 })
  state!: JobState;

  @Column({ type: 'varchar', length: 16 })
  status!: JobStatus;

  @Column({ type: 'real', default: 0 })
  progress!: number;

  @Column({ name: 'progress_detail', type: 'text', nullable: true, transformer: json })
  progressDetail!: Record<string, unknown> | null;

  /**
   * What the last step handed to the next one. The stored JSON is trusted to be `JobData` here, and only here: the
   * engine wrote it from typed step outcomes.
   */
  @Column({ name: 'step_data', type: 'text', nullable: true, transformer: json })
  stepData!: JobData | null;

  @Column({ type: 'text', nullable: true, transformer: json })
  result!: Record<string, unknown> | null;

  @Column({ type: 'text', nullable: true, transformer: json })
  error!: JobErrorDto | null;

  /** Attempts of the current step; reset when the job moves on. */
  @Column({ type: 'integer', default: 0 })
  attempts!: number;

  @Column({ name: 'idempotency_key', type: 'varchar', length: 255, nullable: true })
  idempotencyKey!: string | null;

  @Column({ name: 'request_hash', type: 'varchar', length: 64, nullable: true })
  requestHash!: string | null;

  @Column({ name: 'parent_id', type: 'varchar', length: 36, nullable: true })
  parentId!: string | null;

  @Column({ name: 'lease_owner', type: 'varchar', length: 64, nullable: true })
  leaseOwner!: string | null;

  @Column({ name: 'lease_until', type: 'bigint', nullable: true, transformer: epochMs })
  leaseUntil!: number | null;

  /** When the current step may run; null while waiting for a person or when terminal. */
  @Column({ name: 'next_run_at', type: 'bigint', nullable: true, transformer: epochMs })
  nextRunAt!: number | null;

  /** Bumped by every write so a stale worker's result can be recognised and dropped. */
  @Column({ type: 'integer', default: 0 })
  version!: number;

  @Column({ name: 'created_at', type: 'bigint', transformer: epochMs })
  createdAt!: number;

  @Column({ name: 'updated_at', type: 'bigint', transformer: epochMs })
  updatedAt!: number;

  @Column({ name: 'finished_at', type: 'bigint', nullable: true, transformer: epochMs })
  finishedAt!: number | null;
}
