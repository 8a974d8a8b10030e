import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A listener's Last.fm connection for relaying scrobbles: the session key from Last.fm's web authorisation, the
 * token waiting to be authorised, whether to relay, and why Last.fm refused the session (shown until reconnected).
 * Plain ALTER TABLE on both databases; the relay queue already names its target.
 */
export class ConnectListenersToLastfm1797000000000 implements MigrationInterface {
  name = 'ConnectListenersToLastfm1797000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE listener ADD COLUMN lastfm_session_key varchar(64)');
    await queryRunner.query('ALTER TABLE listener ADD COLUMN lastfm_auth_token varchar(64)');
    await queryRunner.query('ALTER TABLE listener ADD COLUMN relay_lastfm integer NOT NULL DEFAULT 0');
    await queryRunner.query('ALTER TABLE listener ADD COLUMN lastfm_broken text');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE listener DROP COLUMN lastfm_broken');
    await queryRunner.query('ALTER TABLE listener DROP COLUMN relay_lastfm');
    await queryRunner.query('ALTER TABLE listener DROP COLUMN lastfm_auth_token');
    await queryRunner.query('ALTER TABLE listener DROP COLUMN lastfm_session_key');
  }
}
