import type { ValueTransformer } from 'typeorm';

/** A boolean kept as 0/1, portable across SQLite and Postgres. */
export const flag: ValueTransformer = {
  to: (value: boolean) => (value ? 1 : 0),
  from: (value: number) => Boolean(value),
};
