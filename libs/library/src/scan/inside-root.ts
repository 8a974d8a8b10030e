import { realpath } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';

/** Where a path given relative to the library root (or absolute) really is, if it stays inside the root. */
export type Containment =
  | { inside: true; absolute: string; relative: string }
  | { inside: false; reason: 'outside' | 'missing' | 'link-outside' };

/** True when `candidate` is `root` itself or below it; both absolute and normalised. */
export function isInsideRoot(root: string, candidate: string): boolean {
  const path = relative(root, candidate);
  return path === '' || (!isAbsolute(path) && path !== '..' && !path.startsWith(`..${sep}`));
}

/** `root`-relative path with `/` separators, as the index keeps it; `''` for the root itself. */
export function toIndexPath(root: string, absolute: string): string {
  return relative(root, absolute).split(sep).join('/');
}

/**
 * Resolves `input` against the library root and refuses anything outside it: by its spelling (`..`, another
 * absolute path) or through a symbolic link on the way (compared by real paths). The file must exist.
 */
export async function locateInsideRoot(root: string, input: string): Promise<Containment> {
  const lexicalRoot = resolve(root);
  const absolute = resolve(lexicalRoot, input);
  if (!isInsideRoot(lexicalRoot, absolute)) return { inside: false, reason: 'outside' };
  let real: string;
  try {
    real = await realpath(absolute);
  } catch {
    return { inside: false, reason: 'missing' };
  }
  if (!isInsideRoot(await realpath(lexicalRoot), real)) return { inside: false, reason: 'link-outside' };
  return { inside: true, absolute, relative: toIndexPath(lexicalRoot, absolute) };
}
