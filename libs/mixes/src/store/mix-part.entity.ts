import { Column, Entity, PrimaryColumn } from 'typeorm';
import { epochMs } from '@app/db';

/** One part a mix was split into: the library track of its file, and the line of the tracklist it plays. */
@Entity('mix_part')
export class MixPartEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ name: 'mix_id', type: 'varchar', length: 36 })
  mixId!: string;

  @Column({ type: 'integer' })
  position!: number;

  @Column({ name: 'line_id', type: 'varchar', length: 36 })
  lineId!: string;

  @Column({ name: 'track_id', type: 'varchar', length: 36 })
  trackId!: string;

  @Column({ name: 'created_at', type: 'bigint', transformer: epochMs })
  createdAt!: number;
}
