import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** `--name value` from the command line, or the fallback. */
export function option(name: string, fallback: string): string;
export function option(name: string, fallback?: string): string | undefined;
export function option(name: string, fallback?: string): string | undefined {
  const args = process.argv.slice(2);
  const at = args.indexOf(`--${name}`);
  return at >= 0 && args[at + 1] !== undefined ? args[at + 1] : fallback;
}

export function numberOption(name: string, fallback: number): number {
  const value = Number(option(name, String(fallback)));
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} must be a positive number`);
  return value;
}

/** The q-th percentile (0..1) of `values`, nearest rank. */
export function percentile(values: number[], q: number): number {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

export const fixed = (value: number, digits = 1): string => value.toFixed(digits);

export function benchDataDir(): string {
  return mkdtempSync(join(tmpdir(), 'truetrack-bench-'));
}
