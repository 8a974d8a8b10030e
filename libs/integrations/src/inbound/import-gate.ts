import type { AppConfig } from '@app/config';

export type ImportPlace = { ok: true; absolute: string } | { ok: false; reason: string };

/**
 * Where a file may be imported from, as `POST /api/v1/import` decides it (inside the library or an import
 * folder, by real path). The library owns that rule; the composition root hands it in, since a feature may
 * not import an upstream one.
 */
export type LocateImport = (config: AppConfig, path: string) => Promise<ImportPlace>;

export const LOCATE_IMPORT = Symbol('LOCATE_IMPORT');
