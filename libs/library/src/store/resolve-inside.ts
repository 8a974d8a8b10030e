import { lstat, realpath } from 'node:fs/promises';
import { dirname, isAbsolute, relative as relativePath, resolve, sep } from 'node:path';
import { PermanentError } from '@app/core';
import { PathEscapeError } from './store.errors.js';

/**
 * The absolute path of `relative` under `root`, refusing one that leaves the root: lexically (`..`, an
 * absolute path) or through a symbolic link already in the library (checked on the real path of the
 * deepest part that exists). The root must exist: it is never created.
 */
export async function resolveInside(root: string, relative: string): Promise<string> {
  if (relative.includes('\0')) throw new PathEscapeError(relative, 'it contains a NUL character');
  if (isAbsolute(relative)) throw new PathEscapeError(relative, 'it is absolute');
  const base = resolve(root);
  const target = resolve(base, relative);
  if (!isBelow(base, target)) throw new PathEscapeError(relative, 'it leaves the library root');
  const existing = await deepestExisting(target);
  const real = await realpath(existing).catch(() => {
    throw new PathEscapeError(relative, `${existing} is a link that leads nowhere`);
  });
  const realBase = await realpath(base).catch((error: unknown) => {
    // Never created here: an unmounted network share would otherwise fill the disk under its mount point.
    throw new PermanentError(`The library root ${base} does not exist or cannot be read`, { cause: error });
  });
  if (real !== realBase && !isBelow(realBase, real)) {
    throw new PathEscapeError(relative, `${existing} is a link to ${real}, outside the library`);
  }
  return target;
}

/** `relative` as stored: `/`-separated, whatever the platform. */
export function toLibraryRelative(root: string, absolute: string): string {
  return relativePath(resolve(root), absolute).split(sep).join('/');
}

function isBelow(parent: string, child: string): boolean {
  const rel = relativePath(parent, child);
  return rel !== '' && rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
}

async function deepestExisting(path: string): Promise<string> {
  for (let current = path; ; current = dirname(current)) {
    try {
      await lstat(current);
      return current;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if ((code !== 'ENOENT' && code !== 'ENOTDIR') || dirname(current) === current) throw error;
    }
  }
}
