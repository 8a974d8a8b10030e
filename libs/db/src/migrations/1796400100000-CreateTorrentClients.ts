import { type MigrationInterface, type QueryRunner, Table } from 'typeorm';
import { col } from './column-types.js';

/** Download clients (qBittorrent, Transmission) that receive grabbed torrent releases. */
export class CreateTorrentClients1796400100000 implements MigrationInterface {
  name = 'CreateTorrentClients1796400100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'torrent_client',
        columns: [
          col.id(),
          col.varchar('kind', 20),
          col.varchar('url', 2000),
          col.varchar('username', 200),
          col.varchar('password', 200),
          col.varchar('category', 100),
          { name: 'seed_ratio', type: 'real', isNullable: true },
          col.int('seed_minutes'),
          col.int('enabled', 1),
          col.time('created_at'),
          col.time('updated_at'),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('torrent_client');
  }
}
