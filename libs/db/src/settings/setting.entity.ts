import { Column, Entity, PrimaryColumn } from 'typeorm';
import { epochMs, json } from '../column-transformers.js';

/** A setting changed at runtime (through the API), stored as JSON; it wins over the boot configuration. */
@Entity('setting')
export class SettingEntity {
  @PrimaryColumn({ type: 'varchar', length: 128 })
  key!: string;

  @Column({ type: 'text', transformer: json })
  value!: unknown;

  @Column({ name: 'updated_at', type: 'bigint', transformer: epochMs })
  updatedAt!: number;
}
