import { randomUUID } from 'node:crypto';
import { constants } from 'node:fs';
import { copyFile, rename, rm, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { errorCode, syncFile } from './durable-fs.js';

export type TransferMode = 'copy' | 'move';

export interface TransferOptions {
  mode: TransferMode;
  /** Copy even when a rename could move the file, as across file systems; for tests and odd mounts. */
  forceCopy?: boolean;
}

const TEMPORARY_PREFIX = '.truetrack-';
const TEMPORARY_SUFFIX = '.part';

/** Whether a file name is one of TrueTrack's half-written temporary files (scans skip them). */
export function isTemporaryName(name: string): boolean {
  return name.startsWith(TEMPORARY_PREFIX) && name.endsWith(TEMPORARY_SUFFIX);
}

/** A complete, flushed copy of the source under a temporary name in the target's folder. */
export class StagedFile {
  private constructor(
    readonly temp: string,
    private readonly source: string,
    private readonly renamed: boolean,
    private readonly mode: TransferMode,
  ) {}

  /**
   * Moves (same file system) or copies the source next to its target and flushes it. A move across file
   * systems (EXDEV) becomes a copy; the source is deleted only by {@link StagedFile.finish}.
   */
  static async create(source: string, folder: string, options: TransferOptions): Promise<StagedFile> {
    const temp = join(folder, `${TEMPORARY_PREFIX}${randomUUID()}${TEMPORARY_SUFFIX}`);
    if (options.mode === 'move' && !options.forceCopy) {
      const staged = await StagedFile.tryRename(source, temp);
      if (staged) return staged;
    }
    try {
      await copyFile(source, temp, constants.COPYFILE_EXCL);
      await syncFile(temp);
    } catch (error) {
      await rm(temp, { force: true });
      throw error;
    }
    return new StagedFile(temp, source, false, options.mode);
  }

  private static async tryRename(source: string, temp: string): Promise<StagedFile | undefined> {
    try {
      await rename(source, temp);
    } catch (error) {
      if (errorCode(error) === 'EXDEV') return undefined;
      throw error;
    }
    const staged = new StagedFile(temp, source, true, 'move');
    try {
      await syncFile(temp);
    } catch (error) {
      await staged.undo();
      throw error;
    }
    return staged;
  }

  /** Puts things back as they were: the temporary file removed, or a moved source renamed back. */
  async undo(): Promise<void> {
    if (this.renamed) await rename(this.temp, this.source);
    else await rm(this.temp, { force: true });
  }

  /** After the temporary file was published: a move deletes the source when it had to be copied. */
  async finish(): Promise<void> {
    if (this.mode === 'move' && !this.renamed) await unlink(this.source);
  }
}
