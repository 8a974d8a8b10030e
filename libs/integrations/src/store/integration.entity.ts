import { Column, Entity, PrimaryColumn } from 'typeorm';
import { type IntegrationEvent, IntegrationKind } from '@app/contracts';
import { epochMs, flag, json } from '@app/db';

/** A media server to rescan or a service to notify, with its settings (secrets included, never shown in full). */
@Entity('integration')
export class IntegrationEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ type: 'varchar', length: 16 })
  kind!: IntegrationKind;

  @Column({ type: 'varchar', length: 100 })
  name!: string;

  @Column({ type: 'integer', transformer: flag })
  enabled!: boolean;

  @Column({ type: 'text', transformer: json })
  settings!: Record<string, string>;

  @Column({ type: 'text', transformer: json })
  events!: IntegrationEvent[];

  @Column({ name: 'created_at', type: 'bigint', transformer: epochMs })
  createdAt!: number;

  @Column({ name: 'updated_at', type: 'bigint', transformer: epochMs })
  updatedAt!: number;
}
