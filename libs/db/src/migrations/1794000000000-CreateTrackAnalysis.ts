import { type MigrationInterface, type QueryRunner, Table, TableIndex } from 'typeorm';
import { col } from './column-types.js';

/** Audio analysis results, one row per library track, versioned by the analyser that made them. */
export class CreateTrackAnalysis1794000000000 implements MigrationInterface {
  name = 'CreateTrackAnalysis1794000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'track_analysis',
        columns: [
          col.id('track_id'),
          col.varchar('analyser_version', 64),
          col.time('analysed_at'),
          col.real('bpm'),
          col.varchar('musical_key', 16),
          col.real('energy'),
          col.text('features'),
        ],
        indices: [
          new TableIndex({ name: 'IDX_track_analysis_bpm', columnNames: ['bpm'] }),
          new TableIndex({ name: 'IDX_track_analysis_key', columnNames: ['musical_key'] }),
          new TableIndex({ name: 'IDX_track_analysis_energy', columnNames: ['energy'] }),
          new TableIndex({ name: 'IDX_track_analysis_version', columnNames: ['analyser_version'] }),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('track_analysis');
  }
}
