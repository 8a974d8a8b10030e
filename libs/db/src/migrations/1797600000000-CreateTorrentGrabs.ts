import { type MigrationInterface, type QueryRunner, Table, TableIndex } from 'typeorm';
import { col } from './column-types.js';

/** Torrents album jobs sent to a download client: what cancelling and the seeding limits remove. */
export class CreateTorrentGrabs1797600000000 implements MigrationInterface {
  name = 'CreateTorrentGrabs1797600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'torrent_grab',
        columns: [
          col.id('job_id'),
          col.varchar('info_hash', 40),
          col.ref('client_id'),
          col.varchar('title', 1000),
          { name: 'minimum_ratio', type: 'real', isNullable: true },
          col.int('minimum_seed_seconds'),
          col.time('grabbed_at'),
          col.time('completed_at', true),
          col.time('removed_at', true),
          col.varchar('removal_reason', 500, true),
        ],
      }),
    );
    await queryRunner.createIndex(
      'torrent_grab',
      new TableIndex({ name: 'IDX_torrent_grab_removed', columnNames: ['removed_at'] }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('torrent_grab');
  }
}
