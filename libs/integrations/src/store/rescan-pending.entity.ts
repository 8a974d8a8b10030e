import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { epochMs } from '@app/db';

/** A landed file whose folder the media servers are to rescan once its batch window has passed. */
@Entity('rescan_pending')
export class RescanPendingEntity {
  @PrimaryGeneratedColumn('increment')
  id!: number;

  @Column({ type: 'text' })
  path!: string;

  @Column({ type: 'bigint', transformer: epochMs })
  at!: number;
}
