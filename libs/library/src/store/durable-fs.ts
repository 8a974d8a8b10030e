import { mkdir, open, stat } from 'node:fs/promises';
import { dirname } from 'node:path';

// Some platforms and file systems cannot open or flush a directory; the rename is still atomic there.
const DIRECTORY_SYNC_UNSUPPORTED = new Set(['EISDIR', 'EINVAL', 'EPERM', 'EACCES', 'EBADF', 'ENOTSUP']);
const CHUNK_BYTES = 1024 * 1024;

export function errorCode(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | undefined)?.code;
}

/** Flushes a file's content to the disk. */
export async function syncFile(path: string): Promise<void> {
  const handle = await open(path, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Flushes a folder's entries (a rename or new name in it) to the disk. */
export async function syncDirectory(path: string): Promise<void> {
  let handle;
  try {
    handle = await open(path, 'r');
    await handle.sync();
  } catch (error) {
    if (!DIRECTORY_SYNC_UNSUPPORTED.has(errorCode(error) ?? '')) throw error;
  } finally {
    await handle?.close();
  }
}

/** Creates `folder` and its missing parents, flushing each new name into its parent folder. */
export async function makeFolders(folder: string): Promise<void> {
  const first = await mkdir(folder, { recursive: true });
  if (!first) return;
  for (let current = folder; ; current = dirname(current)) {
    await syncDirectory(dirname(current));
    if (current === first || dirname(current) === current) return;
  }
}

/** Whether two files hold the same bytes (true for two names of one file). */
export async function sameContent(a: string, b: string): Promise<boolean> {
  const [left, right] = await Promise.all([stat(a), stat(b)]);
  if (!left.isFile() || !right.isFile() || left.size !== right.size) return false;
  if (left.dev === right.dev && left.ino === right.ino) return true;
  const [x, y] = await Promise.all([open(a, 'r'), open(b, 'r')]);
  try {
    const bufferX = Buffer.alloc(CHUNK_BYTES);
    const bufferY = Buffer.alloc(CHUNK_BYTES);
    for (let position = 0; position < left.size; position += CHUNK_BYTES) {
      const [readX, readY] = await Promise.all([
        x.read(bufferX, 0, CHUNK_BYTES, position),
        y.read(bufferY, 0, CHUNK_BYTES, position),
      ]);
      if (readX.bytesRead !== readY.bytesRead) return false;
      if (!bufferX.subarray(0, readX.bytesRead).equals(bufferY.subarray(0, readY.bytesRead))) return false;
    }
    return true;
  } finally {
    await Promise.all([x.close(), y.close()]);
  }
}

/** Whether two paths name the same file (a move onto itself must not delete it). */
export async function isSameFile(a: string, b: string): Promise<boolean> {
  const [left, right] = await Promise.all([stat(a), stat(b).catch(() => undefined)]);
  return right !== undefined && left.dev === right.dev && left.ino === right.ino;
}
