import { validateTemplate } from '@app/core';
import { bool, folderName, integer, oneOf, type Parser, pathList } from '../env-schema.js';
import { setting } from './setting.js';

export const UPGRADE_POLICIES = ['keep-existing', 'replace', 'keep-both'] as const;
export type UpgradePolicy = (typeof UPGRADE_POLICIES)[number];

/** A naming template: the same checks as the naming settings API. */
const template: Parser<string> = (raw) => {
  const problems = validateTemplate(raw.trim());
  return problems.length ? { error: problems.join('; ') } : { value: raw.trim() };
};

/** Tags and library: what is written into files and where they are filed. */
export const LIBRARY_SETTINGS = {
  tagging: {
    id3Version: setting('TRUETRACK_ID3_VERSION', 'ID3v2 version written to MP3 files (`3` for old players)', {
      default: '4',
      parse: oneOf('3', '4'),
      to: (version) => Number(version) as 3 | 4,
    }),
    coverMaxEdge: setting(
      'TRUETRACK_COVER_MAX_EDGE',
      'longest edge of the embedded front cover in pixels (`0` = no cover)',
      { default: '1200', parse: integer(0, 4000) },
    ),
    lrcFiles: setting('TRUETRACK_LRC_FILES', 'write synced lyrics as an `.lrc` file beside the audio', {
      default: 'true',
      parse: bool,
    }),
  },
  library: {
    templates: {
      album: setting('TRUETRACK_ALBUM_TEMPLATE', 'where album tracks go (see [Naming](#naming))', {
        default: '{Album Artist}/{Album Title} ({Release Year})/{Medium Prefix}{track:00} - {Track Title}',
        parse: template,
      }),
      single: setting('TRUETRACK_SINGLE_TEMPLATE', 'where tracks without an album go', {
        default: '{Artist}/Singles/{Artist} - {Track Title}',
        parse: template,
      }),
      compilation: setting('TRUETRACK_COMPILATION_TEMPLATE', 'where compilation tracks go', {
        default: 'Compilations/{Album Title} ({Release Year})/{Medium Prefix}{track:00} - {Artist} - {Track Title}',
        parse: template,
      }),
    },
    archiveFolder: setting(
      'TRUETRACK_ARCHIVE_FOLDER',
      'folder under the library root for tracks whose metadata is uncertain',
      { default: '_unsorted', parse: folderName },
    ),
    upgradePolicy: setting(
      'TRUETRACK_UPGRADE_POLICY',
      'a better copy of a track already in the library: `keep-existing`, `replace` or `keep-both`',
      { default: 'keep-existing', parse: oneOf<UpgradePolicy>(...UPGRADE_POLICIES) },
    ),
    importDirs: setting(
      'TRUETRACK_IMPORT_DIRS',
      'comma-separated folders files may be imported from, besides `<data dir>/import` and the library',
      { default: '', parse: (raw) => (raw.trim() ? pathList(raw) : { value: [] }) },
    ),
    importMode: setting('TRUETRACK_IMPORT_MODE', 'import jobs `copy` or `move` files into the library', {
      default: 'copy',
      parse: oneOf('copy', 'move'),
    }),
  },
};
