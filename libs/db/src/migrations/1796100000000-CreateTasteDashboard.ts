import { type MigrationInterface, type QueryRunner, Table, TableIndex } from 'typeorm';
import { col } from './column-types.js';

/** The taste dashboard: each listener's weekly aggregates, fitted taste map and own axis labels. */
export class CreateTasteDashboard1796100000000 implements MigrationInterface {
  name = 'CreateTasteDashboard1796100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'taste_week',
        columns: [
          { ...col.ref('listener_id'), isPrimary: true },
          { ...col.varchar('week', 8), isPrimary: true },
          col.time('week_start'),
          col.time('week_end'),
          // What the week held when it was aggregated: a week whose listens or mappings changed is done again.
          col.int('listens', 0),
          col.int('mapped', 0),
          col.text('aggregate'),
          col.time('computed_at'),
        ],
        indices: [new TableIndex({ name: 'IDX_taste_week_start', columnNames: ['listener_id', 'week_start'] })],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'taste_map',
        columns: [
          col.id('listener_id'),
          col.time('fitted_at'),
          col.int('seed', 1),
          col.int('clusters', 0),
          col.text('points'),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'taste_label',
        columns: [
          { ...col.ref('listener_id'), isPrimary: true },
          { ...col.varchar('axis', 16), isPrimary: true },
          col.varchar('label', 40),
          col.time('updated_at'),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('taste_label');
    await queryRunner.dropTable('taste_map');
    await queryRunner.dropTable('taste_week');
  }
}
