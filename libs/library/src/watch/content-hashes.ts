import { createHash } from 'node:crypto';
import { open } from 'node:fs/promises';
import { createXXHash64 } from 'hash-wasm';

/** The two content keys of a file: SHA-256 for dedup, xxHash64 as a cheap second key. */
export interface ContentHashes {
  sha256: string;
  /** 16 hex digits, leading zeros kept. */
  xxhash64: string;
  /** Bytes read: the size the hashes are of, whatever the file grew to meanwhile. */
  size: number;
}

const CHUNK_BYTES = 1024 * 1024;

/** Both hashes of a file in one pass over its bytes, a chunk at a time (never the whole file in memory). */
export async function hashContent(file: string): Promise<ContentHashes> {
  const handle = await open(file, 'r');
  try {
    const sha = createHash('sha256');
    const xx = await createXXHash64();
    xx.init();
    const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
    let size = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, CHUNK_BYTES, null);
      if (bytesRead === 0) break;
      const chunk = buffer.subarray(0, bytesRead);
      sha.update(chunk);
      xx.update(chunk);
      size += bytesRead;
    }
    return { sha256: sha.digest('hex'), xxhash64: xx.digest('hex').padStart(16, '0'), size };
  } finally {
    await handle.close();
  }
}
