import { type MigrationInterface, type QueryRunner, Table, TableIndex } from 'typeorm';
import { col } from './column-types.js';

/** Admin UI users and their sign-in sessions (the API key lives in `setting`). */
export class CreateAuthTables1793000000000 implements MigrationInterface {
  name = 'CreateAuthTables1793000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'app_user',
        columns: [
          col.id(),
          col.varchar('username', 64),
          col.varchar('password_hash', 256),
          col.time('created_at'),
          col.time('last_login_at', true),
        ],
        indices: [new TableIndex({ name: 'IDX_app_user_username', columnNames: ['username'], isUnique: true })],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'auth_session',
        columns: [
          // SHA-256 of the cookie's token: a leaked database does not hand out sessions.
          { name: 'token_hash', type: 'varchar', length: '64', isPrimary: true },
          col.ref('user_id'),
          col.time('created_at'),
          col.time('last_seen_at'),
          col.time('expires_at'),
        ],
        indices: [new TableIndex({ name: 'IDX_auth_session_user', columnNames: ['user_id'] })],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('auth_session');
    await queryRunner.dropTable('app_user');
  }
}
