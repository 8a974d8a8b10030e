import { type MigrationInterface, type QueryRunner, Table, TableColumn, TableIndex } from 'typeorm';
import { col } from './column-types.js';

/**
 * Watch folders: a second content hash and a missing mark on library tracks, and the ledger of files seen in
 * the import folders, so a file becomes one import job however often it is seen (events, rescans, restarts).
 */
export class AddWatchFolders1796200000000 implements MigrationInterface {
  name = 'AddWatchFolders1796200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumns('library_track', [
      // xxHash64 as 16 hex digits: a cheap second key beside SHA-256 for move detection and dedup.
      new TableColumn(col.varchar('xxhash64', 16, true)),
      // When the file was found gone; the row is removed after the grace period unless it turns up again.
      new TableColumn(col.time('missing_since', true)),
    ]);
    await queryRunner.createIndex(
      'library_track',
      new TableIndex({ name: 'IDX_library_track_missing', columnNames: ['missing_since'] }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'watch_file',
        columns: [
          col.id(),
          col.varchar('path', 4096),
          col.time('size'),
          col.time('mtime'),
          col.varchar('sha256', 64, true),
          col.varchar('xxhash64', 16, true),
          // queued (an import job exists), rejected (did not open and parse; retried when the file changes)
          col.varchar('state', 16),
          col.ref('job_id', true),
          col.text('reason', true),
          col.time('settled_at'),
          col.time('created_at'),
          col.time('updated_at'),
        ],
        indices: [{ name: 'IDX_watch_file_path', columnNames: ['path'], isUnique: true }],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('watch_file');
    await queryRunner.dropIndex('library_track', 'IDX_library_track_missing');
    await queryRunner.dropColumn('library_track', 'missing_since');
    await queryRunner.dropColumn('library_track', 'xxhash64');
  }
}
