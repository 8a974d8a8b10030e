import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { open } from 'node:fs/promises';

/**
 * Up to this size a file is read in one synchronous call: three trips through the thread pool (open, read,
 * close) cost more than reading a small file, which the tag reader has just opened anyway. The pause it can
 * cause on a cold disk stays in the low milliseconds.
 */
const SYNC_READ_MAX_BYTES = 256 * 1024;
const CHUNK_BYTES = 1024 * 1024;

/**
 * SHA-256 of a file's bytes as hex. Larger files are read a chunk at a time into one buffer, never whole,
 * without the per-chunk costs of a stream pipeline. `size` is the size a walk saw; it only picks the way.
 */
export async function hashFile(file: string, size = Number.POSITIVE_INFINITY): Promise<string> {
  if (size <= SYNC_READ_MAX_BYTES) return createHash('sha256').update(readFileSync(file)).digest('hex');
  const handle = await open(file, 'r');
  try {
    const hash = createHash('sha256');
    const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, CHUNK_BYTES, null);
      if (bytesRead === 0) return hash.digest('hex');
      hash.update(buffer.subarray(0, bytesRead));
    }
  } finally {
    await handle.close();
  }
}
