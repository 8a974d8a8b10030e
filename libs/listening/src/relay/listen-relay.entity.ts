import { Column, Entity, PrimaryColumn } from 'typeorm';
import { epochMs, json } from '@app/db';

/** A listen waiting to be forwarded to the listener's ListenBrainz or Last.fm account; deleted once taken or refused for good. */
@Entity('listen_relay')
export class ListenRelayEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ name: 'listener_id', type: 'varchar', length: 36 })
  listenerId!: string;

  @Column({ type: 'varchar', length: 16 })
  target!: 'listenbrainz' | 'lastfm';

  /** The listen as ListenBrainz takes it (Last.fm's fields are read from it). */
  @Column({ type: 'text', transformer: json })
  listen!: { listened_at: number; track_metadata: Record<string, unknown> };

  @Column({ type: 'integer', default: 0 })
  attempts!: number;

  @Column({ name: 'next_attempt_at', type: 'bigint', transformer: epochMs })
  nextAttemptAt!: number;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError!: string | null;

  @Column({ name: 'created_at', type: 'bigint', transformer: epochMs })
  createdAt!: number;
}
