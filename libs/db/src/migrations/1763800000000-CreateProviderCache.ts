import { type MigrationInterface, type QueryRunner, Table, TableIndex } from 'typeorm';
import { col } from './column-types.js';

export class CreateProviderCache1763800000000 implements MigrationInterface {
  name = 'CreateProviderCache1763800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'provider_cache',
        columns: [
          { name: 'key', type: 'varchar', length: '128', isPrimary: true },
          col.varchar('provider', 32),
          col.text('value'),
          col.time('expires_at'),
          col.time('created_at'),
        ],
        indices: [new TableIndex({ name: 'IDX_provider_cache_expires', columnNames: ['expires_at'] })],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('provider_cache');
  }
}
