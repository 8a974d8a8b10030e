import { Column, Entity, PrimaryColumn } from 'typeorm';
import { epochMs } from '@app/db';

/** One standing answer of one person ("version" = "studio"). */
@Entity('search_preference')
export class SearchPreferenceEntity {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  person!: string;

  @PrimaryColumn({ type: 'varchar', length: 32 })
  name!: string;

  @Column({ type: 'varchar', length: 64 })
  value!: string;

  @Column({ name: 'updated_at', type: 'bigint', transformer: epochMs })
  updatedAt!: number;
}
