import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Mix search on Postgres walks the newest mixes first and stops at the fiftieth that matches. */
export class IndexMixUpdatedAt1796300000002 implements MigrationInterface {
  name = 'IndexMixUpdatedAt1796300000002';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE INDEX "IDX_mix_updated" ON mix (updated_at, id)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "IDX_mix_updated"');
  }
}
