import { copyFile, link, mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';

/**
 * Puts a downloaded file where the library flow takes it without moving it away from the client, which keeps
 * seeding: a hard link (no extra space), or a copy across file systems or where links are not allowed.
 */
export async function linkOrCopy(source: string, target: string): Promise<'linked' | 'copied'> {
  await mkdir(dirname(target), { recursive: true });
  try {
    await link(source, target);
    return 'linked';
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EXDEV' && code !== 'EPERM' && code !== 'EMLINK' && code !== 'ENOTSUP') throw error;
    await copyFile(source, target);
    return 'copied';
  }
}
