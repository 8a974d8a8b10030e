import { type MigrationInterface, type QueryRunner, Table, TableColumn, TableIndex } from 'typeorm';
import { col } from './column-types.js';

/**
 * Listens mapped to MusicBrainz recordings (with the answer for each song cached, so a song is resolved once) and
 * library tracks that count their plays.
 */
export class MapListensToRecordings1796000000000 implements MigrationInterface {
  name = 'MapListensToRecordings1796000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumns('listen', [
      // The recording mapping settled on, and how: submitted, listenbrainz (its mbid_mapping), resolver, none.
      new TableColumn(col.ref('mapped_mbid', true)),
      new TableColumn(col.varchar('mapped_by', 16, true)),
    ]);
    // The mapping sweep takes the listens not looked at yet, newest first, without sorting them all each time.
    await queryRunner.createIndex(
      'listen',
      new TableIndex({ name: 'IDX_listen_mapped_at', columnNames: ['mapped_at', 'listened_at'] }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'listen_recording_cache',
        columns: [
          // SHA-256 of the normalised artist and title: one row per song however it was spelled.
          { ...col.varchar('song_key', 64), isPrimary: true },
          col.text('artist_name'),
          col.text('track_name'),
          // Null: the resolver answered and found no recording.
          col.ref('recording_mbid', true),
          col.time('resolved_at'),
        ],
      }),
    );
    await queryRunner.addColumns('library_track', [
      new TableColumn(col.int('play_count', 0)),
      new TableColumn(col.time('last_played_at', true)),
    ]);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('library_track', 'last_played_at');
    await queryRunner.dropColumn('library_track', 'play_count');
    await queryRunner.dropTable('listen_recording_cache');
    await queryRunner.dropIndex('listen', 'IDX_listen_mapped_at');
    await queryRunner.dropColumn('listen', 'mapped_by');
    await queryRunner.dropColumn('listen', 'mapped_mbid');
  }
}
