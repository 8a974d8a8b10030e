import { open } from 'node:fs/promises';

const CHUNK_BYTES = 64 * 1024;

/** The lines of a file from the last to the first, read in chunks from its end; nothing if it does not exist. */
export async function* readLinesBackwards(file: string): AsyncGenerator<string> {
  const handle = await open(file, 'r').catch(() => undefined);
  if (!handle) return;
  try {
    let position = (await handle.stat()).size;
    let rest = Buffer.alloc(0);
    while (position > 0) {
      const length = Math.min(CHUNK_BYTES, position);
      position -= length;
      const chunk = Buffer.alloc(length);
      await handle.read(chunk, 0, length, position);
      // Split on bytes, not characters: a chunk may begin inside a multi-byte character.
      let buffer = Buffer.concat([chunk, rest]);
      let newline = buffer.lastIndexOf(0x0a);
      while (newline !== -1) {
        const line = buffer.subarray(newline + 1);
        if (line.length) yield line.toString('utf8');
        buffer = buffer.subarray(0, newline);
        newline = buffer.lastIndexOf(0x0a);
      }
      rest = buffer;
    }
    if (rest.length) yield rest.toString('utf8');
  } finally {
    await handle.close();
  }
}
