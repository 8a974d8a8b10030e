import { ValidationError } from '@app/core';

/** Longest window a dashboard view covers: two years of weeks. */
export const MAX_WINDOW_WEEKS = 104;

/** `12w` → 12 weeks; anything else is refused naming the field. */
export function windowWeeks(value: string | undefined, fallback: number, field = 'window'): number {
  if (value === undefined) return fallback;
  const match = /^(\d{1,3})w$/.exec(value.trim());
  const weeks = Number(match?.[1]);
  if (!match || weeks < 1 || weeks > MAX_WINDOW_WEEKS) {
    throw new ValidationError(field, `${field} must be a number of weeks from 1w to ${MAX_WINDOW_WEEKS}w, e.g. 12w`);
  }
  return weeks;
}
