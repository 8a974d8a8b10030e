import { link, rename, unlink } from 'node:fs/promises';
import { pathExists } from '@app/platform';
import { errorCode } from './durable-fs.js';

export type LinkFunction = (existingPath: string, newPath: string) => Promise<void>;

// File systems without hard links (FAT, some network mounts) answer one of these.
const LINKS_UNSUPPORTED = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EMLINK', 'EXDEV']);

/**
 * Gives `temp` the name `target` unless that name is taken, and returns whether it did. A hard link
 * fails atomically on an existing name, where a rename would silently replace it; where links are not
 * supported, the check and the rename are two steps.
 */
export async function publishNoReplace(temp: string, target: string, linkFile: LinkFunction = link): Promise<boolean> {
  try {
    await linkFile(temp, target);
  } catch (error) {
    const code = errorCode(error);
    if (code === 'EEXIST') return false;
    if (!LINKS_UNSUPPORTED.has(code ?? '')) throw error;
    if (await pathExists(target)) return false;
    await rename(temp, target);
    return true;
  }
  await unlink(temp);
  return true;
}
