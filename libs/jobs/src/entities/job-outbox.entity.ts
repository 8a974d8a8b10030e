import type { JobState } from '@app/contracts';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { epochMs } from '@app/db';

/**
 * A state a job entered that other modules are told about (a download started, a track landed, a job failed or
 * waits for a person), written in the same transaction as the transition and kept until a reader has handled it.
 */
@Entity('job_outbox')
export class JobOutboxEntity {
  @PrimaryGeneratedColumn('increment')
  id!: number;

  @Column({ name: 'job_id', type: 'varchar', length: 36 })
  jobId!: string;

  @Column({ type: 'varchar', length: 32 })
  state!: JobState;

  @Column({ type: 'bigint', transformer: epochMs })
  at!: number;

  @Column({ name: 'handled_at', type: 'bigint', transformer: epochMs, nullable: true })
  handledAt!: number | null;
}
