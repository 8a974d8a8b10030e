import { ConflictError, MAX_SEGMENT_BYTES, truncateUtf8, utf8Length } from '@app/core';
import { pathExists } from '@app/platform';
import { resolveInside } from './resolve-inside.js';

const MAX_SIBLINGS = 999;

/** `Artist/Title (n).flac` for `Artist/Title.flac`, shortening the title to keep the name within bounds. */
export function numberedSibling(relative: string, n: number): string {
  const slash = relative.lastIndexOf('/');
  const folder = relative.slice(0, slash + 1);
  const name = relative.slice(slash + 1);
  const dot = name.lastIndexOf('.');
  const [stem, extension] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
  const suffix = ` (${n})`;
  const room = MAX_SEGMENT_BYTES - utf8Length(suffix + extension);
  return `${folder}${truncateUtf8(stem, room).trimEnd()}${suffix}${extension}`;
}

/**
 * The first free `Title (2).ext`, `Title (3).ext`… beside `relative`, for the keep-both upgrade policy.
 * Another writer may take the name before it is used: storing there then fails with TargetExistsError
 * and can simply ask again.
 */
export async function uniqueSibling(root: string, relative: string): Promise<string> {
  for (let n = 2; n <= MAX_SIBLINGS; n++) {
    const candidate = numberedSibling(relative, n);
    if (!(await pathExists(await resolveInside(root, candidate)))) return candidate;
  }
  throw new ConflictError(`${relative} already has ${MAX_SIBLINGS - 1} numbered copies`);
}
