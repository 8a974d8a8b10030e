import { type MigrationInterface, type QueryRunner, Table } from 'typeorm';
import { col } from './column-types.js';

/** Torznab indexers (Jackett, Prowlarr) a person configured for torrent sources. */
export class CreateTorrentIndexers1796400000000 implements MigrationInterface {
  name = 'CreateTorrentIndexers1796400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'torrent_indexer',
        columns: [
          col.id(),
          col.varchar('name', 100),
          col.varchar('url', 2000),
          col.varchar('api_key', 200),
          col.text('categories'),
          col.int('priority', 25),
          col.int('enabled', 1),
          col.time('created_at'),
          col.time('updated_at'),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('torrent_indexer');
  }
}
