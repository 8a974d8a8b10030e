import type { TagReader } from '@app/tagger';
import { fromReadResult } from '../index-store/from-read-result.js';
import type { IndexedFile, KeptColumn, LibraryIndex } from '../index-store/library-index.repository.js';
import type { LibraryTrackEntity } from '../index-store/library-track.entity.js';
import { BatchWriter } from './batch-writer.js';
import { forEachBounded } from './for-each-bounded.js';
import { hashFile } from './hash-file.js';
import type { ScanProgress } from './scan-progress.js';
import type { ScanState } from './scan-state.js';
import { type FoundFile, walkLibrary } from './walk-library.js';

export interface ScanRunDeps {
  index: LibraryIndex;
  reader: Pick<TagReader, 'read'>;
  progress: ScanProgress;
  now(): number;
  /** Files read at the same time. */
  readConcurrency: number;
  /** Rows written per transaction. */
  batchSize: number;
}

/** A row whose file kept its bytes keeps its fingerprint; the job that stored a file stays its origin. */
const KEEP_WHEN_SAME_BYTES: KeptColumn[] = ['jobId', 'fingerprint'];
const KEEP_WHEN_CHANGED: KeptColumn[] = ['jobId'];

/**
 * One scan of `folder` (absolute, inside `root`): walks it, reads new and changed files, writes them in
 * batches and deletes the rows of files that are gone or no longer readable. Unreadable files are listed
 * in the state; only a database fault rejects.
 */
export async function runScan(state: ScanState, root: string, folder: string, deps: ScanRunDeps): Promise<void> {
  deps.progress.report();
  const [known, walk] = await Promise.all([deps.index.filesUnder(state.path), walkLibrary(root, folder)]);
  const indexed = new Map(known.map((row) => [row.path, row]));
  walk.problems.forEach((problem) => state.addUnreadable(problem));
  state.total = walk.files.length;
  state.counts.seen = walk.files.length;
  state.phase = 'reading';
  deps.progress.report();

  const kept = new Set<string>();
  const changed = walk.files.filter((file) => {
    if (!isUnchanged(file, indexed.get(file.relative))) return true;
    kept.add(file.relative);
    state.counts.unchanged += 1;
    return false;
  });
  const writer = indexWriter(state, indexed, kept, deps);
  await forEachBounded(changed, deps.readConcurrency, async (file) => {
    const row = await readFile(state, file, indexed.get(file.relative), deps);
    deps.progress.report();
    if (!row) return;
    kept.add(row.path);
    state.counts.indexed += 1;
    await writer.add(row);
  });
  await writer.finish();

  const gone = known.filter((row) => !kept.has(row.path)).map((row) => row.id);
  state.counts.removed = await deps.index.removeByIds(gone);
}

/** Writes rows in batches; a row the database refuses is listed as unreadable and not kept. */
function indexWriter(
  state: ScanState,
  indexed: Map<string, IndexedFile>,
  kept: Set<string>,
  deps: ScanRunDeps,
): BatchWriter<LibraryTrackEntity> {
  const keepOf = (row: LibraryTrackEntity) =>
    indexed.get(row.path)?.contentHash === row.contentHash ? KEEP_WHEN_SAME_BYTES : KEEP_WHEN_CHANGED;
  return new BatchWriter<LibraryTrackEntity>(
    deps.batchSize,
    (rows) => deps.index.upsertMany(rows, keepOf),
    (row, error) => {
      kept.delete(row.path);
      state.counts.indexed -= 1;
      state.addUnreadable({ path: row.path, reason: `the index refused it (${error.message})` });
    },
  );
}

function isUnchanged(file: FoundFile, row: IndexedFile | undefined): boolean {
  return row !== undefined && row.size === file.size && row.mtime === Math.floor(file.mtimeMs);
}

/** The file's new row, or undefined when it cannot be read (listed in the state with the reason). */
async function readFile(
  state: ScanState,
  file: FoundFile,
  row: IndexedFile | undefined,
  deps: ScanRunDeps,
): Promise<LibraryTrackEntity | undefined> {
  if (file.size === 0) {
    state.addUnreadable({ path: file.relative, reason: 'the file is empty' });
    return undefined;
  }
  try {
    const [read, hash] = await Promise.all([deps.reader.read(file.absolute), hashFile(file.absolute, file.size)]);
    const track = fromReadResult(file.relative, file, read, hash, deps.now());
    if (row) track.id = row.id;
    return track;
  } catch (error) {
    // The reason names the file as the library knows it, not where the server keeps it.
    const reason = (error as Error).message.split(file.absolute).join(file.relative);
    state.addUnreadable({ path: file.relative, reason });
    return undefined;
  }
}
