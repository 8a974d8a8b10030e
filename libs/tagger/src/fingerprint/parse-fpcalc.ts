import { PermanentError } from '@app/core';

export interface FpcalcOutput<T> {
  durationSec: number;
  fingerprint: T;
}

/** Reads the JSON `fpcalc -json` prints: the compressed fingerprint as a string, or with `-raw` a list of words. */
export function parseFpcalcJson(stdout: string, form: 'raw'): FpcalcOutput<number[]>;
export function parseFpcalcJson(stdout: string, form: 'compressed'): FpcalcOutput<string>;
export function parseFpcalcJson(stdout: string, form: 'raw' | 'compressed'): FpcalcOutput<number[] | string> {
  const json = stdout.trim();
  if (!json) throw new PermanentError('fpcalc printed no fingerprint');
  let parsed: { duration?: unknown; fingerprint?: unknown };
  try {
    parsed = JSON.parse(json) as typeof parsed;
  } catch {
    throw new PermanentError(`fpcalc printed something other than JSON: ${json.slice(0, 80)}`);
  }
  const duration = Number(parsed.duration);
  if (!Number.isFinite(duration) || duration <= 0) throw new PermanentError('fpcalc reports no duration');
  const fingerprint = parsed.fingerprint;
  const valid =
    form === 'raw'
      ? Array.isArray(fingerprint) && fingerprint.length > 0 && fingerprint.every(isWord)
      : typeof fingerprint === 'string' && fingerprint.length > 0;
  if (!valid) throw new PermanentError(`fpcalc printed no ${form} fingerprint`);
  return { durationSec: Math.round(duration), fingerprint: fingerprint as number[] | string };
}

const isWord = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 0xffffffff;
