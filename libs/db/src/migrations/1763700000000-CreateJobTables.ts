import { type MigrationInterface, type QueryRunner, Table, TableForeignKey, TableIndex } from 'typeorm';
import { col } from './column-types.js';

export class CreateJobTables1763700000000 implements MigrationInterface {
  name = 'CreateJobTables1763700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'job',
        columns: [
          col.id(),
          col.varchar('kind', 16),
          col.text('query'),
          col.text('options'),
          col.varchar('state', 32),
          col.varchar('status', 16),
          col.real('progress'),
          col.text('progress_detail', true),
          col.text('step_data', true),
          col.text('result', true),
          col.text('error', true),
          col.int('attempts', 0),
          col.varchar('idempotency_key', 255, true),
          col.varchar('request_hash', 64, true),
          col.ref('parent_id', true),
          col.varchar('lease_owner', 64, true),
          col.time('lease_until', true),
          col.time('next_run_at', true),
          col.int('version', 0),
          col.time('created_at'),
          col.time('updated_at'),
          col.time('finished_at', true),
        ],
        indices: [
          new TableIndex({ name: 'IDX_job_idempotency_key', columnNames: ['idempotency_key'], isUnique: true }),
          new TableIndex({ name: 'IDX_job_runnable', columnNames: ['status', 'next_run_at'] }),
          new TableIndex({ name: 'IDX_job_created', columnNames: ['created_at'] }),
          new TableIndex({ name: 'IDX_job_parent', columnNames: ['parent_id'] }),
        ],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'job_event',
        columns: [
          col.serial(),
          col.ref('job_id'),
          col.varchar('type', 24),
          col.varchar('from_state', 32, true),
          col.varchar('to_state', 32),
          col.text('reason'),
          col.text('data', true),
          col.time('at'),
        ],
        indices: [new TableIndex({ name: 'IDX_job_event_job', columnNames: ['job_id', 'id'] })],
        foreignKeys: [
          new TableForeignKey({
            columnNames: ['job_id'],
            referencedTableName: 'job',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          }),
        ],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'candidate',
        columns: [
          col.id(),
          col.ref('job_id'),
          col.varchar('stage', 16),
          col.int('rank', 0),
          col.varchar('provider', 64),
          col.text('payload'),
          col.real('score'),
          col.text('score_parts'),
          col.text('reasons'),
          col.time('created_at'),
        ],
        indices: [new TableIndex({ name: 'IDX_candidate_job_stage', columnNames: ['job_id', 'stage', 'rank'] })],
        foreignKeys: [
          new TableForeignKey({
            columnNames: ['job_id'],
            referencedTableName: 'job',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          }),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('candidate');
    await queryRunner.dropTable('job_event');
    await queryRunner.dropTable('job');
  }
}
