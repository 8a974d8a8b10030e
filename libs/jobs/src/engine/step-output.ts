import type { JobData } from './job-data.js';

/**
 * What a step added or changed in the job's data: the part of a transition worth keeping in its history row.
 * The whole data would copy everything earlier steps found (a fingerprint, lyrics, a link's listing) into every
 * row. Keys a step dropped are named in `removed`.
 */
export function stepOutput(
  before: Readonly<JobData> | null | undefined,
  after: Readonly<JobData> | null | undefined,
): Record<string, unknown> | null {
  if (!after) return null;
  const previous: Record<string, unknown> = { ...before };
  const output: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(after)) {
    if (!(key in previous) || !sameValue(previous[key], value)) output[key] = value;
  }
  const removed = Object.keys(previous).filter((key) => !(key in after));
  if (removed.length) output['removed'] = removed;
  return Object.keys(output).length ? output : null;
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  return JSON.stringify(a) === JSON.stringify(b);
}
