import type { JobEventType, JobState } from '@app/contracts';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { epochMs, json } from '@app/db';

/** One line of a job's history: every transition, retry and input, with its reason. */
@Entity('job_event')
export class JobEventEntity {
  @PrimaryGeneratedColumn('increment')
  id!: number;

  @Column({ name: 'job_id', type: 'varchar', length: 36 })
  jobId!: string;

  @Column({ type: 'varchar', length: 24 })
  type!: JobEventType;

  @Column({ name: 'from_state', type: 'varchar', length: 32, nullable: true })
  fromState!: JobState | null;

  @Column({ name: 'to_state', type: 'varchar', length: 32 })
  toState!: JobState;

  @Column({ type: 'text' })
  reason!: string;

  @Column({ type: 'text', nullable: true, transformer: json })
  data!: Record<string, unknown> | null;

  @Column({ type: 'bigint', transformer: epochMs })
  at!: number;
}
