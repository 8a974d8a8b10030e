import { Column, Entity, PrimaryColumn } from 'typeorm';
import { epochMs, json } from '@app/db';
import type { SearchResponseDto } from '@app/contracts';
import type { RecordingCandidate } from '@app/core';

/** One search a person made, and the answer they saw (a pick starts the job from it). */
@Entity('search_history')
export class SearchHistoryEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ type: 'varchar', length: 64 })
  person!: string;

  @Column({ type: 'text' })
  query!: string;

  @Column({ type: 'varchar', length: 16 })
  status!: SearchResponseDto['status'];

  @Column({ name: 'result_count', type: 'integer', default: 0 })
  resultCount!: number;

  @Column({ type: 'text', transformer: json })
  answer!: SearchResponseDto;

  /** The recording behind each track result, by result id: what a pick hands to the job. */
  @Column({ type: 'text', nullable: true, transformer: json })
  recordings!: Record<string, RecordingCandidate> | null;

  @Column({ name: 'created_at', type: 'bigint', transformer: epochMs })
  createdAt!: number;
}
