import { lstat, unlink } from 'node:fs/promises';
import type { AppConfig } from '@app/config';
import { locateImportSource } from './import-source.js';

/** The facts of the original taken when the import began. */
export interface ImportedFileIdentity {
  dev: number;
  ino: number;
  size: number;
  mtimeMs: number;
}

/**
 * Removes the original of a move-mode import, but only if it is still the very file the import read, at the
 * same place inside an import folder: minutes pass between the check at the start and the removal, and in that
 * time a folder on the path may have been swapped for a link, or the file replaced. Answers why it was kept.
 */
export async function removeImportSource(
  config: AppConfig,
  source: string,
  identity: ImportedFileIdentity | undefined,
): Promise<string | undefined> {
  const located = await locateImportSource(config, source);
  if (!located.ok || located.absolute !== source) return `${source} is no longer where it was imported from`;
  const now = await lstat(source).catch(() => undefined);
  if (!now?.isFile()) return `${source} is no longer a regular file`;
  if (!identity) return `${source} has no recorded identity to compare with`;
  const same =
    now.dev === identity.dev &&
    now.ino === identity.ino &&
    now.size === identity.size &&
    now.mtimeMs === identity.mtimeMs;
  if (!same) return `${source} changed since it was imported`;
  await unlink(source);
  return undefined;
}
