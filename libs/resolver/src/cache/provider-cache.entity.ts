import { Column, Entity, PrimaryColumn } from 'typeorm';

const epochMs = {
  to: (value: number) => value,
  from: (value: string | number) => Number(value),
};

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
