import { type MigrationInterface, type QueryRunner, Table, TableIndex } from 'typeorm';
import { col } from './column-types.js';

/** The parts a mix was split into: each a library track, linked to the mix and the line it plays. */
export class CreateMixParts1797300000000 implements MigrationInterface {
  name = 'CreateMixParts1797300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'mix_part',
        columns: [
          col.id(),
          col.ref('mix_id'),
          // Order in the mix, from 1.
          col.int('position'),
          col.ref('line_id'),
          // The library track of the part's file.
          col.ref('track_id'),
          col.time('created_at'),
        ],
        indices: [
          new TableIndex({ name: 'IDX_mix_part_mix', columnNames: ['mix_id', 'position'], isUnique: true }),
          new TableIndex({ name: 'IDX_mix_part_track', columnNames: ['track_id'] }),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('mix_part');
  }
}
