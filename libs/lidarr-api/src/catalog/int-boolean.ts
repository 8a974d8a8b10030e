import type { ValueTransformer } from 'typeorm';

/** A flag kept as 0/1 in an integer column, the same on SQLite and Postgres. */
export const intBoolean: ValueTransformer = {
  to: (value: boolean | null | undefined) => (value == null ? value : value ? 1 : 0),
  from: (value: number | null) => (value == null ? value : Boolean(Number(value))),
};
