import type { ValueTransformer } from 'typeorm';

/** Postgres returns bigint as a string; times are epoch ms and fit a JS number. */
export const epochMs: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | number | null) => (value === null || value === undefined ? null : Number(value)),
};

/** JSON kept in a text column, portable across SQLite and Postgres. */
export const json: ValueTransformer = {
  to: (value: unknown) => (value === undefined || value === null ? null : JSON.stringify(value)),
  from: (value: string | null) => (value === null || value === undefined ? null : JSON.parse(value)),
};

/** A boolean kept as 0/1 in an integer column, the same on SQLite and Postgres; null and undefined pass through. */
export const flag: ValueTransformer = {
  to: (value: boolean | null | undefined) => (value == null ? value : value ? 1 : 0),
  from: (value: number | string | null) => (value == null ? value : Boolean(Number(value))),
};
