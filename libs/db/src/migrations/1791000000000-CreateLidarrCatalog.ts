import { type MigrationInterface, type QueryRunner, Table, TableIndex } from 'typeorm';
import { col } from './column-types.js';

/** The artist → album → release → track catalog behind the Lidarr-compatible API, and its commands. */
export class CreateLidarrCatalog1791000000000 implements MigrationInterface {
  name = 'CreateLidarrCatalog1791000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'lidarr_artist',
        columns: [
          col.serial(),
          col.varchar('foreign_artist_id', 36),
          col.text('name'),
          col.text('sort_name'),
          col.text('disambiguation', true),
          col.varchar('artist_type', 32, true),
          col.int('ended', 0),
          col.int('monitored', 1),
          col.varchar('monitor_option', 16),
          col.varchar('monitor_new_items', 16),
          col.int('quality_profile_id', 1),
          col.int('metadata_profile_id', 1),
          col.text('root_folder_path'),
          col.text('tags'),
          col.time('added_at'),
          col.time('refreshed_at', true),
        ],
        indices: [
          new TableIndex({ name: 'IDX_lidarr_artist_foreign', columnNames: ['foreign_artist_id'], isUnique: true }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'lidarr_album',
        columns: [
          col.serial(),
          col.int('artist_id'),
          col.varchar('foreign_album_id', 36),
          col.text('title'),
          col.text('disambiguation', true),
          col.varchar('album_type', 32, true),
          col.text('secondary_types'),
          col.varchar('release_date', 10, true),
          col.int('monitored', 0),
          col.varchar('chosen_release_id', 36, true),
          col.ref('job_id', true),
          col.time('last_search_at', true),
          col.time('added_at'),
        ],
        indices: [
          new TableIndex({ name: 'IDX_lidarr_album_foreign', columnNames: ['foreign_album_id'], isUnique: true }),
          new TableIndex({ name: 'IDX_lidarr_album_artist', columnNames: ['artist_id'] }),
          new TableIndex({ name: 'IDX_lidarr_album_job', columnNames: ['job_id'] }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'lidarr_release',
        columns: [
          col.serial(),
          col.int('album_id'),
          col.varchar('foreign_release_id', 36),
          col.text('title'),
          col.varchar('status', 32, true),
          col.varchar('country', 8, true),
          col.varchar('release_date', 10, true),
          col.int('track_count', 0),
          col.text('media'),
          col.text('disambiguation', true),
          col.text('labels'),
        ],
        indices: [
          new TableIndex({ name: 'IDX_lidarr_release_foreign', columnNames: ['foreign_release_id'], isUnique: true }),
          new TableIndex({ name: 'IDX_lidarr_release_album', columnNames: ['album_id'] }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'lidarr_track',
        columns: [
          col.serial(),
          col.int('release_id'),
          col.varchar('foreign_track_id', 36),
          col.varchar('foreign_recording_id', 36),
          col.text('title'),
          col.int('position', 0),
          col.varchar('number', 16),
          col.int('medium_number', 1),
          col.int('duration_ms'),
        ],
        indices: [
          new TableIndex({ name: 'IDX_lidarr_track_release', columnNames: ['release_id'] }),
          new TableIndex({ name: 'IDX_lidarr_track_recording', columnNames: ['foreign_recording_id'] }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'lidarr_command',
        columns: [
          col.serial(),
          col.varchar('name', 64),
          col.text('body'),
          col.varchar('status', 16),
          col.varchar('trigger', 16),
          col.text('message', true),
          col.time('queued_at'),
          col.time('started_at', true),
          col.time('ended_at', true),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['lidarr_command', 'lidarr_track', 'lidarr_release', 'lidarr_album', 'lidarr_artist']) {
      await queryRunner.dropTable(table);
    }
  }
}
