import { type MigrationInterface, type QueryRunner, Table, TableIndex } from 'typeorm';
import { col } from './column-types.js';

/**
 * The jobs' outbox (states entered that others are told about, written with the transition) and the media-server
 * rescans waiting for their batch window: both in the database, so a crash loses neither.
 */
export class CreateOutbox1796600000000 implements MigrationInterface {
  name = 'CreateOutbox1796600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'job_outbox',
        columns: [
          col.serial(),
          col.ref('job_id'),
          col.varchar('state', 32),
          col.time('at'),
          col.time('handled_at', true),
        ],
        indices: [new TableIndex({ name: 'IDX_job_outbox_handled', columnNames: ['handled_at', 'id'] })],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'rescan_pending',
        columns: [col.serial(), col.text('path'), col.time('at')],
        indices: [new TableIndex({ name: 'IDX_rescan_pending_at', columnNames: ['at'] })],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('rescan_pending');
    await queryRunner.dropTable('job_outbox');
  }
}
