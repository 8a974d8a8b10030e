import type { QueryRunner, TableColumnOptions } from 'typeorm';

/** Columns spelled once for both SQLite and Postgres; times are epoch milliseconds. */
export const col = {
  id: (name = 'id'): TableColumnOptions => ({ name, type: 'varchar', length: '36', isPrimary: true }),
  serial: (name = 'id'): TableColumnOptions => ({
    name,
    type: 'integer',
    isPrimary: true,
    isGenerated: true,
    generationStrategy: 'increment',
  }),
  ref: (name: string, nullable = false): TableColumnOptions => ({
    name,
    type: 'varchar',
    length: '36',
    isNullable: nullable,
  }),
  varchar: (name: string, length: number, nullable = false): TableColumnOptions => ({
    name,
    type: 'varchar',
    length: String(length),
    isNullable: nullable,
  }),
  text: (name: string, nullable = false): TableColumnOptions => ({ name, type: 'text', isNullable: nullable }),
  int: (name: string, defaultValue?: number): TableColumnOptions => ({
    name,
    type: 'integer',
    isNullable: defaultValue === undefined,
    ...(defaultValue === undefined ? {} : { default: defaultValue }),
  }),
  real: (name: string, defaultValue = 0): TableColumnOptions => ({ name, type: 'real', default: defaultValue }),
  time: (name: string, nullable = false): TableColumnOptions => ({ name, type: 'bigint', isNullable: nullable }),
};

export function isPostgres(queryRunner: QueryRunner): boolean {
  return queryRunner.connection.options.type === 'postgres';
}
