import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { WebhookAction, WebhookSource } from '@app/contracts';
import { epochMs, flag, json } from '@app/db';

/** The settings of one inbound webhook: on or off, its shared secret and what each event does. */
@Entity('inbound_hook')
export class InboundHookEntity {
  @PrimaryColumn({ type: 'varchar', length: 16 })
  source!: WebhookSource;

  @Column({ type: 'integer', transformer: flag })
  enabled!: boolean;

  @Column({ type: 'varchar', length: 128 })
  secret!: string;

  @Column({ type: 'text', transformer: json })
  events!: Record<string, WebhookAction>;

  @Column({ name: 'updated_at', type: 'bigint', transformer: epochMs })
  updatedAt!: number;
}
