import type { NumberPair } from './tag-values.js';

/** `3/12`, `3`, or undefined when there is no number to write (a total alone is not written). */
export function formatNumberPair(pair: NumberPair | undefined): string | undefined {
  if (!isCount(pair?.number)) return undefined;
  return isCount(pair.total) ? `${pair.number}/${pair.total}` : `${pair.number}`;
}

/** Reads `3/12`, `03`, ` 3 / 12 `; anything else gives an empty pair. */
export function parseNumberPair(text: string | undefined): NumberPair {
  const match = /^\s*(\d+)\s*(?:\/\s*(\d+)\s*)?$/.exec(text ?? '');
  if (!match) return {};
  return withCounts(Number(match[1]), match[2] === undefined ? undefined : Number(match[2]));
}

/** Keeps only positive whole numbers; 0 means "unknown" in every format. */
export function withCounts(number: number | undefined, total: number | undefined): NumberPair {
  return { ...(isCount(number) && { number }), ...(isCount(total) && { total }) };
}

export function isCount(value: number | undefined): value is number {
  return value !== undefined && Number.isInteger(value) && value > 0;
}
