import { type MigrationInterface, type QueryRunner, Table, TableIndex } from 'typeorm';
import { col, isPostgres } from './column-types.js';

/** DJ mixes in the library, the lines of their tracklists, and full-text search over those lines. */
export class CreateMixTables1796300000000 implements MigrationInterface {
  name = 'CreateMixTables1796300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'mix',
        columns: [
          col.id(),
          // The library track that is the mix's audio file.
          col.ref('track_id'),
          col.text('title'),
          // Where the tracklist came from: paste, link, cue.
          col.varchar('tracklist_source', 16),
          col.varchar('tracklist_format', 32),
          col.text('tracklist_text'),
          // Relative to the library root; the sheet sits beside the mix.
          col.text('cue_path', true),
          col.varchar('chapters_method', 32, true),
          col.time('created_at'),
          col.time('updated_at'),
        ],
        indices: [new TableIndex({ name: 'IDX_mix_track', columnNames: ['track_id'], isUnique: true })],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'mix_line',
        columns: [
          col.id(),
          col.ref('mix_id'),
          col.int('position'),
          col.int('start_ms'),
          col.varchar('start_precision', 16),
          col.text('artist'),
          col.text('title'),
          col.text('label', true),
          // JSON: tracks played together with this one ("w/" lines).
          col.text('together', true),
          col.int('unidentified', 0),
          // unidentified, in-library, unsure, missing, fixed, requested.
          col.varchar('status', 16),
          col.ref('track_id', true),
          // JSON: library tracks a person may pick from when the match is unsure.
          col.text('candidates', true),
          col.text('raw'),
        ],
        indices: [new TableIndex({ name: 'IDX_mix_line_mix', columnNames: ['mix_id', 'position'] })],
      }),
    );
    if (isPostgres(queryRunner)) await this.postgresSearch(queryRunner);
    else await this.sqliteSearch(queryRunner);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    if (!isPostgres(queryRunner)) {
      for (const trigger of ['insert', 'delete', 'update']) {
        await queryRunner.query(`DROP TRIGGER IF EXISTS mix_line_search_${trigger}`);
      }
      await queryRunner.query('DROP TABLE IF EXISTS mix_line_search');
    }
    await queryRunner.dropTable('mix_line');
    await queryRunner.dropTable('mix');
  }

  /** A generated tsvector with a GIN index; 'simple' keeps names as written (no stemming of artist names). */
  private async postgresSearch(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE mix_line ADD COLUMN search tsvector GENERATED ALWAYS AS (to_tsvector('simple', ` +
        `coalesce(artist, '') || ' ' || coalesce(title, '') || ' ' || coalesce(label, ''))) STORED`,
    );
    await queryRunner.query('CREATE INDEX "IDX_mix_line_search" ON mix_line USING GIN (search)');
  }

  /** An FTS5 index keyed by mix_line's rowid, kept in step by triggers. */
  private async sqliteSearch(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE VIRTUAL TABLE mix_line_search USING fts5(artist, title, label, ` +
        `tokenize = 'unicode61 remove_diacritics 2')`,
    );
    const insert =
      'INSERT INTO mix_line_search (rowid, artist, title, label) ' +
      "VALUES (new.rowid, new.artist, new.title, coalesce(new.label, ''));";
    await queryRunner.query(`CREATE TRIGGER mix_line_search_insert AFTER INSERT ON mix_line BEGIN ${insert} END`);
    await queryRunner.query(
      'CREATE TRIGGER mix_line_search_delete AFTER DELETE ON mix_line BEGIN ' +
        'DELETE FROM mix_line_search WHERE rowid = old.rowid; END',
    );
    await queryRunner.query(
      'CREATE TRIGGER mix_line_search_update AFTER UPDATE OF artist, title, label ON mix_line BEGIN ' +
        `DELETE FROM mix_line_search WHERE rowid = old.rowid; ${insert} END`,
    );
  }
}
