import { lstat } from 'node:fs/promises';

/** Whether something is at `path` (a link counts, wherever it points); errors other than "not there" are thrown. */
export async function pathExists(path: string): Promise<boolean> {
  try {
    await lstat(path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
}
