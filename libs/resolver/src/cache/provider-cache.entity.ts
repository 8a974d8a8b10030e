import { Column, Entity, PrimaryColumn } from 'typeorm';
import { epochMs } from '@app/db';

/** A provider's answer kept for reuse until `expiresAt`. */
@Entity('provider_cache')
export class ProviderCacheEntity {
  @PrimaryColumn({ type: 'varchar', length: 128 })
  key!: string;

  @Column({ type: 'varchar', length: 32 })
  provider!: string;

  @Column({ type: 'text' })
  value!: string;

  @Column({ name: 'expires_at', type: 'bigint', transformer: epochMs })
  expiresAt!: number;

  @Column({ name: 'created_at', type: 'bigint', transformer: epochMs })
  createdAt!: number;
}
