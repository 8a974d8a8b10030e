import { Column, Entity, PrimaryColumn } from 'typeorm';
import { epochMs } from '@app/db';

/** A person who may sign in to the admin UI. */
@Entity('app_user')
export class UserEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ type: 'varchar', length: 64 })
  username!: string;

  @Column({ name: 'password_hash', type: 'varchar', length: 256 })
  passwordHash!: string;

  @Column({ name: 'created_at', type: 'bigint', transformer: epochMs })
  createdAt!: number;

  @Column({ name: 'last_login_at', type: 'bigint', transformer: epochMs, nullable: true })
  lastLoginAt!: number | null;
}
