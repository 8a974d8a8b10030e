import { type MigrationInterface, type QueryRunner, Table, TableIndex } from 'typeorm';
import { col } from './column-types.js';

/** People who listen (with the token their scrobbling clients send) and every listen they made. */
export class CreateListeningTables1795200000000 implements MigrationInterface {
  name = 'CreateListeningTables1795200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'listener',
        columns: [
          col.id(),
          col.varchar('name', 100),
          // The admin UI user this listener is, if any; a listener profile alone has no sign-in.
          col.ref('user_id', true),
          col.varchar('time_zone', 64),
          col.varchar('listen_token', 64),
          col.varchar('listenbrainz_username', 100, true),
          col.varchar('listenbrainz_token', 64, true),
          col.varchar('lastfm_username', 100, true),
          // Forward each accepted listen to the listener's ListenBrainz account.
          col.int('relay_listenbrainz', 0),
          col.time('created_at'),
          col.time('updated_at'),
        ],
        indices: [
          new TableIndex({ name: 'IDX_listener_token', columnNames: ['listen_token'], isUnique: true }),
          new TableIndex({ name: 'IDX_listener_name', columnNames: ['name'], isUnique: true }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'listen',
        columns: [
          col.id(),
          col.ref('listener_id'),
          // Epoch milliseconds; ListenBrainz and Last.fm give whole seconds.
          col.time('listened_at'),
          // Text: ListenBrainz bounds a listen's size, not each name's.
          col.text('artist_name'),
          col.text('track_name'),
          col.text('release_name', true),
          col.int('duration_ms'),
          col.varchar('recording_mbid', 36, true),
          // Where it came from: listenbrainz-api, jellyfin, player, listenbrainz-import, lastfm-import, file…
          col.varchar('source', 32),
          col.text('client', true),
          // JSON: the submitted additional_info, kept for mapping and relays.
          col.text('additional_info', true),
          col.time('created_at'),
        ],
        indices: [
          // The same play submitted twice (a client retrying, an import overlapping intake) is one listen.
          new TableIndex({
            name: 'IDX_listen_identity',
            columnNames: ['listener_id', 'listened_at', 'artist_name', 'track_name'],
            isUnique: true,
          }),
          new TableIndex({ name: 'IDX_listen_time', columnNames: ['listened_at'] }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'listen_sync',
        columns: [
          { name: 'listener_id', type: 'varchar', length: '36', isPrimary: true },
          // listenbrainz or lastfm
          { name: 'source', type: 'varchar', length: '16', isPrimary: true },
          // Seconds: every listen up to this one is imported (the watermark).
          col.time('synced_to'),
          // The walk under way, newest to oldest: where it started and the next page's upper bound.
          col.time('walk_top', true),
          col.time('walk_cursor', true),
          col.int('listens_read', 0),
          col.time('last_run_at', true),
          col.time('last_success_at', true),
          col.text('last_error', true),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'listen_relay',
        columns: [
          col.id(),
          col.ref('listener_id'),
          // listenbrainz
          col.varchar('target', 16),
          // JSON: the listen as ListenBrainz takes it ({listened_at, track_metadata}).
          col.text('listen'),
          col.int('attempts', 0),
          col.time('next_attempt_at'),
          col.text('last_error', true),
          col.time('created_at'),
        ],
        indices: [new TableIndex({ name: 'IDX_listen_relay_due', columnNames: ['next_attempt_at'] })],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('listen_relay');
    await queryRunner.dropTable('listen_sync');
    await queryRunner.dropTable('listen');
    await queryRunner.dropTable('listener');
  }
}
