import type { CandidateStage } from '@app/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { epochMs, json } from '@app/db';

/** A possible answer at a decision point, with its score and the reasons for it. */
@Entity('candidate')
export class CandidateEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ name: 'job_id', type: 'varchar', length: 36 })
  jobId!: string;

  @Column({ type: 'varchar', length: 16 })
  stage!: CandidateStage;

  @Column({ type: 'integer', default: 0 })
  rank!: number;

  @Column({ type: 'varchar', length: 64 })
  provider!: string;

  @Column({ type: 'text', transformer: json })
  payload!: Record<string, unknown>;

  @Column({ type: 'real' })
  score!: number;

  @Column({ name: 'score_parts', type: 'text', transformer: json })
  scoreParts!: Record<string, number>;

  @Column({ type: 'text', transformer: json })
  reasons!: string[];

  @Column({ name: 'created_at', type: 'bigint', transformer: epochMs })
  createdAt!: number;
}
