import { type MigrationInterface, type QueryRunner, Table, TableIndex } from 'typeorm';
import { col } from './column-types.js';

/** Each person's searches in plain words (kept on this machine only) and their standing answers. */
export class CreateSearchTables1796500000000 implements MigrationInterface {
  name = 'CreateSearchTables1796500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'search_history',
        columns: [
          col.id(),
          // "user:<id>" for a signed-in person, "api" for the API key, "local" for the local-address exemption.
          col.varchar('person', 64),
          col.text('query'),
          col.varchar('status', 16),
          col.int('result_count', 0),
          // JSON: the answer as sent, so a pick can start the job from what the person saw.
          col.text('answer'),
          col.time('created_at'),
        ],
        indices: [new TableIndex({ name: 'IDX_search_history_person_time', columnNames: ['person', 'created_at'] })],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'search_preference',
        columns: [
          { ...col.varchar('person', 64), isPrimary: true },
          { ...col.varchar('name', 32), isPrimary: true },
          col.varchar('value', 64),
          col.time('updated_at'),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('search_preference');
    await queryRunner.dropTable('search_history');
  }
}
