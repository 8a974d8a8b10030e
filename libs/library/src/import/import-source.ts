import { isAbsolute } from 'node:path';
import type { AppConfig } from '@app/config';
import { locateInsideRoot } from '../scan/inside-root.js';

export type ImportSource = { ok: true; absolute: string; root: string } | { ok: false; reason: string };

/** The folders files may be imported from: the configured import folders and the library itself. */
export function importRoots(config: AppConfig): string[] {
  return [...config.library.importDirs, config.paths.libraryRoot];
}

/**
 * Where an import path really is, if it lies inside one of the import folders (checked by real path, so a
 * symbolic link cannot lead an import to files elsewhere on the machine).
 */
export async function locateImportSource(config: AppConfig, path: string): Promise<ImportSource> {
  if (!isAbsolute(path)) return { ok: false, reason: 'must be an absolute path' };
  let missing = false;
  for (const root of importRoots(config)) {
    const found = await locateInsideRoot(root, path);
    if (found.inside) return { ok: true, absolute: found.absolute, root };
    if (found.reason === 'missing') missing = true;
  }
  return {
    ok: false,
    reason: missing
      ? 'does not exist or cannot be read'
      : `must be inside the library or an import folder (${importRoots(config).join(', ')})`,
  };
}
