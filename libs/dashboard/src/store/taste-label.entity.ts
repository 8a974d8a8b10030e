import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { DashboardAxis } from '@app/contracts';
import { epochMs } from '@app/db';

/** A person's own name for a taste axis ("Energy" → "Oomph"). */
@Entity('taste_label')
export class TasteLabelEntity {
  @PrimaryColumn({ name: 'listener_id', type: 'varchar', length: 36 })
  listenerId!: string;

  @PrimaryColumn({ type: 'varchar', length: 16 })
  axis!: DashboardAxis;

  @Column({ type: 'varchar', length: 40 })
  label!: string;

  @Column({ name: 'updated_at', type: 'bigint', transformer: epochMs })
  updatedAt!: number;
}
