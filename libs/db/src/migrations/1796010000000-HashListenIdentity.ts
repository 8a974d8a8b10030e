import { createHash } from 'node:crypto';
import { type MigrationInterface, type QueryRunner, TableColumn, TableIndex } from 'typeorm';
import { col } from './column-types.js';

const BATCH = 1000;

/**
 * The same play is kept once by a hash of its identity rather than by a unique index over the names: Postgres
 * refuses a btree entry over about 2.7 kB, and a ListenBrainz listen may carry names of 10 kB. The hash is the
 * one libs/listening's `listenIdentity` computes (spelled out here: a migration stays as it was released).
 */
export class HashListenIdentity1796010000000 implements MigrationInterface {
  name = 'HashListenIdentity1796010000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('listen', 'IDX_listen_identity');
    await queryRunner.addColumn('listen', new TableColumn(col.varchar('identity_hash', 64, true)));
    const seen = new Set<string>();
    for (let after = ''; ;) {
      const rows = (await queryRunner.query(
        `SELECT id, listener_id, listened_at, artist_name, track_name FROM listen WHERE id > ${param(queryRunner, 1)} ORDER BY id LIMIT ${BATCH}`,
        [after],
      )) as {
        id: string;
        listener_id: string;
        listened_at: string | number;
        artist_name: string;
        track_name: string;
      }[];
      if (!rows.length) break;
      for (const row of rows) {
        const hash = identity(row.listener_id, Number(row.listened_at), row.artist_name, row.track_name);
        // Two rows that differed only in Unicode spelling or edge spaces were one play.
        if (seen.has(hash)) {
          await queryRunner.query(`DELETE FROM listen WHERE id = ${param(queryRunner, 1)}`, [row.id]);
          continue;
        }
        seen.add(hash);
        await queryRunner.query(
          `UPDATE listen SET identity_hash = ${param(queryRunner, 1)} WHERE id = ${param(queryRunner, 2)}`,
          [hash, row.id],
        );
      }
      after = rows[rows.length - 1]!.id;
    }
    await queryRunner.createIndex(
      'listen',
      new TableIndex({ name: 'IDX_listen_identity_hash', columnNames: ['identity_hash'], isUnique: true }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('listen', 'IDX_listen_identity_hash');
    await queryRunner.dropColumn('listen', 'identity_hash');
    await queryRunner.createIndex(
      'listen',
      new TableIndex({
        name: 'IDX_listen_identity',
        columnNames: ['listener_id', 'listened_at', 'artist_name', 'track_name'],
        isUnique: true,
      }),
    );
  }
}

function identity(listenerId: string, listenedAt: number, artistName: string, trackName: string): string {
  const name = (text: string) => text.normalize('NFC').trim();
  return createHash('sha256')
    .update([listenerId, String(listenedAt), name(artistName), name(trackName)].join('\u0000'))
    .digest('hex');
}

const param = (queryRunner: QueryRunner, n: number) =>
  queryRunner.connection.options.type === 'postgres' ? `$${n}` : '?';
