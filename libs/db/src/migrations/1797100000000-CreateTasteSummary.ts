import { type MigrationInterface, type QueryRunner, Table } from 'typeorm';
import { col } from './column-types.js';

/** The dashboard's figures that take a scan of the listens (change points, outliers), computed by each refresh. */
export class CreateTasteSummary1797100000000 implements MigrationInterface {
  name = 'CreateTasteSummary1797100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'taste_summary',
        columns: [
          col.id('listener_id'),
          // The listener's running week when computed: once another week has begun the figures are stale.
          col.varchar('week', 8),
          col.time('computed_at'),
          col.text('changes'),
          col.text('outliers'),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('taste_summary');
  }
}
