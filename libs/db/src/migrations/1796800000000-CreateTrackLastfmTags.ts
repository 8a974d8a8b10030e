import { type MigrationInterface, type QueryRunner, Table, TableIndex } from 'typeorm';
import { col } from './column-types.js';

/** Last.fm genre and mood tags, one row per library track, with when they were last asked for. */
export class CreateTrackLastfmTags1796800000000 implements MigrationInterface {
  name = 'CreateTrackLastfmTags1796800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'track_lastfm_tags',
        columns: [col.id('track_id'), col.varchar('status', 16), col.text('tags'), col.time('synced_at')],
        indices: [new TableIndex({ name: 'IDX_track_lastfm_tags_synced_at', columnNames: ['synced_at'] })],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('track_lastfm_tags');
  }
}
