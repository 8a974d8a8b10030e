import type { FileHandle } from 'node:fs/promises';

/** Positional reads of an open file: the few places a structure check looks at, never the whole file. */
export class FileWindow {
  constructor(
    private readonly handle: FileHandle,
    readonly size: number,
  ) {}

  /** Up to `length` bytes from `offset`; fewer at the end of the file. */
  async read(offset: number, length: number): Promise<Buffer> {
    const wanted = Math.max(0, Math.min(length, this.size - offset));
    const buffer = Buffer.alloc(wanted);
    if (wanted === 0) return buffer;
    const { bytesRead } = await this.handle.read(buffer, 0, wanted, offset);
    return buffer.subarray(0, bytesRead);
  }
}

/** Where the audio starts after an ID3v2 tag (10 bytes, a syncsafe size, a footer when flagged), or 0. */
export async function afterId3v2(file: FileWindow): Promise<number> {
  const head = await file.read(0, 10);
  if (head.length < 10 || head.toString('latin1', 0, 3) !== 'ID3') return 0;
  const size = ((head[6]! & 0x7f) << 21) | ((head[7]! & 0x7f) << 14) | ((head[8]! & 0x7f) << 7) | (head[9]! & 0x7f);
  const footer = (head[5]! & 0x10) !== 0 ? 10 : 0;
  return 10 + size + footer;
}
