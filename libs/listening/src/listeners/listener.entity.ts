import { Column, Entity, PrimaryColumn } from 'typeorm';
import { epochMs, flag } from '@app/db';

/** A person whose listens are kept, with the token their scrobbling clients send. */
@Entity('listener')
export class ListenerEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ type: 'varchar', length: 100 })
  name!: string;

  @Column({ name: 'user_id', type: 'varchar', length: 36, nullable: true })
  userId!: string | null;

  @Column({ name: 'time_zone', type: 'varchar', length: 64 })
  timeZone!: string;

  @Column({ name: 'listen_token', type: 'varchar', length: 64 })
  listenToken!: string;

  @Column({ name: 'listenbrainz_username', type: 'varchar', length: 100, nullable: true })
  listenBrainzUsername!: string | null;

  @Column({ name: 'listenbrainz_token', type: 'varchar', length: 64, nullable: true })
  listenBrainzToken!: string | null;

  @Column({ name: 'lastfm_username', type: 'varchar', length: 100, nullable: true })
  lastfmUsername!: string | null;

  /** Forward each accepted listen to the listener's ListenBrainz account (needs its token). */
  @Column({ name: 'relay_listenbrainz', type: 'integer', default: 0, transformer: flag })
  relayListenBrainz!: boolean;

  /** Last.fm's session key for this listener, from its web authorisation; never sent back. */
  @Column({ name: 'lastfm_session_key', type: 'varchar', length: 64, nullable: true })
  lastfmSessionKey!: string | null;

  /** The `auth.getToken` token the person is authorising at Last.fm, until it becomes a session. */
  @Column({ name: 'lastfm_auth_token', type: 'varchar', length: 64, nullable: true })
  lastfmAuthToken!: string | null;

  /** Forward each accepted listen to the listener's Last.fm account (needs a session key). */
  @Column({ name: 'relay_lastfm', type: 'integer', default: 0, transformer: flag })
  relayLastfm!: boolean;

  /** Why Last.fm refused the session key (revoked, expired); listens are not relayed until reconnected. */
  @Column({ name: 'lastfm_broken', type: 'text', nullable: true })
  lastfmBroken!: string | null;

  @Column({ name: 'created_at', type: 'bigint', transformer: epochMs })
  createdAt!: number;

  @Column({ name: 'updated_at', type: 'bigint', transformer: epochMs })
  updatedAt!: number;
}
