import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { epochMs, json } from '@app/db';

export type CommandStatus = 'queued' | 'started' | 'completed' | 'failed';

/** A command sent to `POST /api/v1/command`, kept so that clients can poll `GET command/:id`. */
@Entity('lidarr_command')
export class LidarrCommandEntity {
  @PrimaryGeneratedColumn('increment')
  id!: number;

  @Column({ type: 'varchar', length: 64 })
  name!: string;

  /** The request body as sent, keys camelCased. */
  @Column({ type: 'text', transformer: json })
  body!: Record<string, unknown>;

  @Column({ type: 'varchar', length: 16 })
  status!: CommandStatus;

  @Column({ type: 'varchar', length: 16 })
  trigger!: string;

  @Column({ type: 'text', nullable: true })
  message!: string | null;

  @Column({ name: 'queued_at', type: 'bigint', transformer: epochMs })
  queuedAt!: number;

  @Column({ name: 'started_at', type: 'bigint', nullable: true, transformer: epochMs })
  startedAt!: number | null;

  @Column({ name: 'ended_at', type: 'bigint', nullable: true, transformer: epochMs })
  endedAt!: number | null;
}
