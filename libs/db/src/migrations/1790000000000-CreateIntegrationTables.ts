import { type MigrationInterface, type QueryRunner, Table, TableIndex } from 'typeorm';
import { col } from './column-types.js';

export class CreateIntegrationTables1790000000000 implements MigrationInterface {
  name = 'CreateIntegrationTables1790000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'integration',
        columns: [
          col.id(),
          col.varchar('kind', 16),
          col.varchar('name', 100),
          col.int('enabled', 1),
          // JSON: base URL, tokens, topic…
          col.text('settings'),
          // JSON: the events it is told about.
          col.text('events'),
          col.time('created_at'),
          col.time('updated_at'),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'inbound_hook',
        columns: [
          { name: 'source', type: 'varchar', length: '16', isPrimary: true },
          col.int('enabled', 1),
          col.varchar('secret', 128),
          // JSON: event name → action.
          col.text('events'),
          col.time('updated_at'),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'delivery',
        columns: [
          col.id(),
          col.varchar('direction', 3),
          col.varchar('source', 32),
          col.ref('integration_id', true),
          col.varchar('event', 64),
          col.varchar('outcome', 16),
          col.int('http_status'),
          col.int('attempts', 0),
          col.time('next_attempt_at', true),
          col.text('error', true),
          // JSON arrays/objects.
          col.text('job_ids', true),
          col.text('summary'),
          col.text('payload', true),
          col.time('created_at'),
          col.time('updated_at'),
        ],
        indices: [
          new TableIndex({ name: 'IDX_delivery_created', columnNames: ['created_at'] }),
          new TableIndex({ name: 'IDX_delivery_due', columnNames: ['outcome', 'next_attempt_at'] }),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('delivery');
    await queryRunner.dropTable('inbound_hook');
    await queryRunner.dropTable('integration');
  }
}
