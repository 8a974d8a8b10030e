import { type MigrationInterface, type QueryRunner, Table, TableIndex } from 'typeorm';
import { col } from './column-types.js';

export class CreateLibraryTables1763900000000 implements MigrationInterface {
  name = 'CreateLibraryTables1763900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'library_track',
        columns: [
          col.id(),
          // Relative to the library root, with `/` separators; unique.
          { name: 'path', type: 'varchar', length: '4096' },
          col.varchar('format', 16),
          col.varchar('codec', 32, true),
          col.int('bitrate'),
          col.int('sample_rate'),
          col.int('duration_ms'),
          col.time('size'),
          col.time('mtime'),
          col.varchar('content_hash', 64, true),
          col.text('fingerprint', true),
          col.text('title', true),
          col.text('artist', true),
          col.text('album', true),
          col.text('album_artist', true),
          col.int('track_number'),
          col.int('disc_number'),
          col.int('year'),
          col.text('tags', true),
          col.varchar('mb_recording_id', 36, true),
          col.varchar('mb_release_id', 36, true),
          col.varchar('mb_release_group_id', 36, true),
          col.varchar('mb_artist_id', 36, true),
          col.varchar('isrc', 12, true),
          col.text('source_url', true),
          col.ref('job_id', true),
          col.int('has_cover', 0),
          col.time('created_at'),
          col.time('updated_at'),
        ],
        indices: [
          new TableIndex({ name: 'IDX_library_track_path', columnNames: ['path'], isUnique: true }),
          new TableIndex({ name: 'IDX_library_track_recording', columnNames: ['mb_recording_id'] }),
          new TableIndex({ name: 'IDX_library_track_isrc', columnNames: ['isrc'] }),
          new TableIndex({ name: 'IDX_library_track_hash', columnNames: ['content_hash'] }),
          new TableIndex({ name: 'IDX_library_track_duration', columnNames: ['duration_ms'] }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'setting',
        columns: [
          { name: 'key', type: 'varchar', length: '128', isPrimary: true },
          col.text('value'),
          col.time('updated_at'),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('setting');
    await queryRunner.dropTable('library_track');
  }
}
