import { type MigrationInterface, type QueryRunner, TableColumn, TableIndex } from 'typeorm';
import { col } from './column-types.js';

/** A listen points at the library track it was a play of, once mapping has found one. */
export class LinkListensToTracks1795900000000 implements MigrationInterface {
  name = 'LinkListensToTracks1795900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumns('listen', [
      new TableColumn(col.ref('track_id', true)),
      // When mapping last looked at this listen (found or not), so a sweep does not retry it on every run.
      new TableColumn(col.time('mapped_at', true)),
    ]);
    await queryRunner.createIndices('listen', [
      new TableIndex({ name: 'IDX_listen_track', columnNames: ['track_id'] }),
      new TableIndex({ name: 'IDX_listen_listener_time', columnNames: ['listener_id', 'listened_at'] }),
    ]);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('listen', 'IDX_listen_listener_time');
    await queryRunner.dropIndex('listen', 'IDX_listen_track');
    await queryRunner.dropColumn('listen', 'mapped_at');
    await queryRunner.dropColumn('listen', 'track_id');
  }
}
