import { unlink } from 'node:fs/promises';
import { dirname } from 'node:path';
import { pathExists } from '@app/platform';
import { isSameFile, makeFolders, sameContent, syncDirectory } from './durable-fs.js';
import { type LinkFunction, publishNoReplace } from './publish-no-replace.js';
import { resolveInside, toLibraryRelative } from './resolve-inside.js';
import { StagedFile, type TransferOptions } from './staged-file.js';
import { TargetExistsError } from './store.errors.js';

export interface StoreResult {
  /** Absolute path of the file in the library. */
  path: string;
  /** The same, relative to the library root and `/`-separated. */
  relative: string;
  /** `identical`: the library already held these exact bytes there, and nothing was written. */
  outcome: 'stored' | 'identical';
}

export interface StoreOptions extends TransferOptions {
  /** How the finished file gets its name; tests pass one that fails like a file system without hard links. */
  link?: LinkFunction;
}

/**
 * Puts `source` at `relative` under `root`, atomically: the bytes are written and flushed under a temporary
 * name in the target folder, then published under the target name, and the folder is flushed. A file
 * that is already there is never overwritten: the same bytes give `identical` (a move then deletes the
 * source), different bytes a {@link TargetExistsError}. `move` renames on one file system and copies
 * across file systems, deleting the source only once the copy is in place.
 */
export async function storeFile(
  source: string,
  root: string,
  relative: string,
  options: StoreOptions,
): Promise<StoreResult> {
  const target = await resolveInside(root, relative);
  const result = { path: target, relative: toLibraryRelative(root, target) };
  await makeFolders(dirname(target));
  if (await pathExists(target))
    return { ...result, outcome: await settleExisting(source, target, result.relative, options) };
  const staged = await StagedFile.create(source, dirname(target), options);
  let published: boolean;
  try {
    published = await publishNoReplace(staged.temp, target, options.link);
  } catch (error) {
    await staged.undo();
    throw error;
  }
  if (!published) {
    await staged.undo();
    return { ...result, outcome: await settleExisting(source, target, result.relative, options) };
  }
  await syncDirectory(dirname(target));
  await staged.finish();
  return { ...result, outcome: 'stored' };
}

async function settleExisting(
  source: string,
  target: string,
  relative: string,
  options: TransferOptions,
): Promise<'identical'> {
  if (!(await sameContent(source, target))) throw new TargetExistsError(target, relative);
  if (options.mode === 'move' && !(await isSameFile(source, target))) await unlink(source);
  return 'identical';
}
