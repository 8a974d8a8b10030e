import { join, sep } from 'node:path';
import type { WatchRescanDto } from '@app/contracts';
import type { LibraryIndex } from '../index-store/library-index.repository.js';
import { walkLibrary } from '../scan/walk-library.js';
import type { ImportIntake } from './import-intake.service.js';
import type { LibraryFollower } from './library-follower.service.js';
import type { WatchLedger } from './watch-ledger.repository.js';

export interface RescanDeps {
  intake: Pick<ImportIntake, 'intake'>;
  follower: Pick<LibraryFollower, 'fileSettled' | 'fileGone'>;
  index: LibraryIndex;
  ledger: WatchLedger;
  importFolders: string[];
  libraryRoot: string;
  missingGraceMs: number;
  now(): number;
  /** Runs the work of one file, in order with whatever the watchers hand on for it. */
  enqueue(path: string, work: () => Promise<unknown>): Promise<void>;
}

/**
 * The safety net behind the watchers: every file of the import folders goes through the intake (the ledger
 * skips those already seen), the library is compared with the index (new and changed files followed, tracks
 * whose file is gone marked missing) and tracks missing longer than the grace period are removed.
 */
export async function rescan(deps: RescanDeps): Promise<WatchRescanDto> {
  const result: WatchRescanDto = {
    importFilesSeen: 0,
    importJobsCreated: 0,
    libraryFilesIndexed: 0,
    libraryTracksMoved: 0,
    libraryTracksMissing: 0,
    libraryTracksRemoved: 0,
  };
  for (const folder of deps.importFolders) {
    const walk = await walkLibrary(folder, folder).catch(() => undefined);
    if (!walk) continue;
    result.importFilesSeen += walk.files.length;
    const present = new Set(walk.files.map((file) => file.absolute));
    await Promise.all(
      walk.files.map((file) =>
        deps.enqueue(file.absolute, async () => {
          const outcome = await deps.intake.intake(file.absolute);
          if (outcome.kind === 'queued' && outcome.created) result.importJobsCreated += 1;
        }),
      ),
    );
    const stale = (await deps.ledger.under(folder.endsWith(sep) ? folder : folder + sep)).filter(
      (entry) => !present.has(entry.path),
    );
    await deps.ledger.removeByIds(stale.map((entry) => entry.id));
  }

  const [walk, known] = await Promise.all([walkLibrary(deps.libraryRoot, deps.libraryRoot), deps.index.filesUnder('')]);
  const indexed = new Map(known.map((row) => [row.path, row]));
  const changed = walk.files.filter((file) => {
    const row = indexed.get(file.relative);
    return !row || row.missingSince !== null || row.size !== file.size || row.mtime !== Math.floor(file.mtimeMs);
  });
  await Promise.all(
    changed.map((file) =>
      deps.enqueue(file.absolute, async () => {
        const outcome = await deps.follower.fileSettled(file.absolute);
        if (outcome.kind === 'moved') result.libraryTracksMoved += 1;
        else if (outcome.kind !== 'ignored' && outcome.kind !== 'unchanged') result.libraryFilesIndexed += 1;
      }),
    ),
  );
  const present = new Set(walk.files.map((file) => file.relative));
  const gone = (await deps.index.filesUnder('')).filter((row) => !present.has(row.path));
  for (const row of gone) {
    const outcome = await deps.follower.fileGone(join(deps.libraryRoot, row.path));
    if (outcome.kind === 'missing') result.libraryTracksMissing += 1;
  }
  const expired = await deps.index.missingSince(deps.now() - deps.missingGraceMs);
  result.libraryTracksRemoved = await deps.index.removeByIds(expired.map((row) => row.id));
  return result;
}
