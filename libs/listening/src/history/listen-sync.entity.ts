import { Column, Entity, PrimaryColumn } from 'typeorm';
import { epochMs } from '@app/db';

export type HistorySourceName = 'listenbrainz' | 'lastfm';

/** How far one listener's history from one source is imported: the watermark and the walk under way. */
@Entity('listen_sync')
export class ListenSyncEntity {
  @PrimaryColumn({ name: 'listener_id', type: 'varchar', length: 36 })
  listenerId!: string;

  @PrimaryColumn({ type: 'varchar', length: 16 })
  source!: HistorySourceName;

  /** Seconds: every listen up to this second is imported. */
  @Column({ name: 'synced_to', type: 'bigint', transformer: epochMs })
  syncedTo!: number;

  /** Seconds: the newest second the walk under way covers, null between walks. */
  @Column({ name: 'walk_top', type: 'bigint', transformer: epochMs, nullable: true })
  walkTop!: number | null;

  /** Seconds: the next page's exclusive upper bound. */
  @Column({ name: 'walk_cursor', type: 'bigint', transformer: epochMs, nullable: true })
  walkCursor!: number | null;

  /** Listens read from the source, those read twice at page edges included. */
  @Column({ name: 'listens_read', type: 'integer', default: 0 })
  listensRead!: number;

  @Column({ name: 'last_run_at', type: 'bigint', transformer: epochMs, nullable: true })
  lastRunAt!: number | null;

  @Column({ name: 'last_success_at', type: 'bigint', transformer: epochMs, nullable: true })
  lastSuccessAt!: number | null;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError!: string | null;
}
