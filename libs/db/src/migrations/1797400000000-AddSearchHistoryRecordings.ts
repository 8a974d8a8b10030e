import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The recording behind each track result a person was shown, so that a pick hands it to the job instead of the job
 * resolving the request again. Plain ALTER TABLE on both databases (a nullable text column).
 */
export class AddSearchHistoryRecordings1797400000000 implements MigrationInterface {
  name = 'AddSearchHistoryRecordings1797400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE search_history ADD COLUMN recordings text');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE search_history DROP COLUMN recordings');
  }
}
