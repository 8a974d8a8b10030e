import { rename, unlink } from 'node:fs/promises';
import { dirname } from 'node:path';
import { pathExists } from '@app/platform';
import { isSameFile, makeFolders, sameContent, syncDirectory } from './durable-fs.js';
import { resolveInside, toLibraryRelative } from './resolve-inside.js';
import { StagedFile, type TransferOptions } from './staged-file.js';

export interface ReplaceResult {
  path: string;
  relative: string;
  /** `stored` when there was nothing to replace; `identical` when the file already held these bytes. */
  outcome: 'replaced' | 'stored' | 'identical';
}

/**
 * Puts `source` at `relative` in place of the file there (the `replace` upgrade policy): the new bytes are
 * written and flushed under a temporary name first, then renamed over the old file in one step, so the
 * old file stays whole until the new one is complete.
 */
export async function replaceFile(
  source: string,
  root: string,
  relative: string,
  options: TransferOptions = { mode: 'copy' },
): Promise<ReplaceResult> {
  const target = await resolveInside(root, relative);
  const result = { path: target, relative: toLibraryRelative(root, target) };
  await makeFolders(dirname(target));
  const existed = await pathExists(target);
  if (existed && (await sameContent(source, target))) {
    if (options.mode === 'move' && !(await isSameFile(source, target))) await unlink(source);
    return { ...result, outcome: 'identical' };
  }
  const staged = await StagedFile.create(source, dirname(target), options);
  try {
    await rename(staged.temp, target);
  } catch (error) {
    await staged.undo();
    throw error;
  }
  await syncDirectory(dirname(target));
  await staged.finish();
  return { ...result, outcome: existed ? 'replaced' : 'stored' };
}
