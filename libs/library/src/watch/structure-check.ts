import { open } from 'node:fs/promises';
import { extname } from 'node:path';
import { checkFlac } from './flac-structure.js';
import { FileWindow } from './file-window.js';
import { checkMp3 } from './mp3-structure.js';
import type { StructureVerdict } from './structure-verdict.js';

const CHECKS: Record<string, (file: FileWindow) => Promise<StructureVerdict>> = {
  '.flac': checkFlac,
  '.mp3': checkMp3,
};

/**
 * Tells from a file's headers and its last bytes, in process and without decoding, whether a FLAC or MP3 file
 * is whole; other formats (and files it cannot tell about) are `unknown`, for a decode to decide.
 */
export async function checkStructure(path: string): Promise<StructureVerdict> {
  const check = CHECKS[extname(path).toLowerCase()];
  if (!check) return { kind: 'unknown' };
  const handle = await open(path, 'r');
  try {
    return await check(new FileWindow(handle, (await handle.stat()).size));
  } finally {
    await handle.close();
  }
}
