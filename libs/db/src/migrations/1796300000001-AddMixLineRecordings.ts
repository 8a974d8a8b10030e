import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The recording a tracklist line not in the library was resolved to, and the resolver's candidates. Plain
 * ALTER TABLE on both databases: TypeORM's SQLite addColumn rebuilds the table, which would drop the search triggers.
 */
export class AddMixLineRecordings1796300000001 implements MigrationInterface {
  name = 'AddMixLineRecordings1796300000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE mix_line ADD COLUMN recording_id varchar(36)');
    await queryRunner.query('ALTER TABLE mix_line ADD COLUMN recordings text');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE mix_line DROP COLUMN recordings');
    await queryRunner.query('ALTER TABLE mix_line DROP COLUMN recording_id');
  }
}
