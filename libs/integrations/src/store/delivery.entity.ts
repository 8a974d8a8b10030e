import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { DeliveryDirection, DeliveryOutcome } from '@app/contracts';
import { epochMs, json } from '@app/db';

/** One webhook received, or one call to an integration with its tries. */
@Entity('delivery')
export class DeliveryEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ type: 'varchar', length: 3 })
  direction!: DeliveryDirection;

  /** in: the webhook source; out: the integration's kind. */
  @Column({ type: 'varchar', length: 32 })
  source!: string;

  @Column({ name: 'integration_id', type: 'varchar', length: 36, nullable: true })
  integrationId!: string | null;

  @Column({ type: 'varchar', length: 64 })
  event!: string;

  @Column({ type: 'varchar', length: 16 })
  outcome!: DeliveryOutcome;

  @Column({ name: 'http_status', type: 'integer', nullable: true })
  httpStatus!: number | null;

  @Column({ type: 'integer', default: 0 })
  attempts!: number;

  @Column({ name: 'next_attempt_at', type: 'bigint', nullable: true, transformer: epochMs })
  nextAttemptAt!: number | null;

  @Column({ type: 'text', nullable: true })
  error!: string | null;

  @Column({ name: 'job_ids', type: 'text', nullable: true, transformer: json })
  jobIds!: string[] | null;

  @Column({ type: 'text' })
  summary!: string;

  /** out only: what is sent, kept for the retries. */
  @Column({ type: 'text', nullable: true, transformer: json })
  payload!: object | null;

  @Column({ name: 'created_at', type: 'bigint', transformer: epochMs })
  createdAt!: number;

  @Column({ name: 'updated_at', type: 'bigint', transformer: epochMs })
  updatedAt!: number;
}
