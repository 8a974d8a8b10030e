import type { TagReader } from '@app/tagger';
import { fromReadResult } from '../index-store/from-read-result.js';
import type { IndexedFile, KeptColumn, LibraryIndex } from '../index-store/library-index.repository.js';
import type { LibraryTrackEntity } from '../index-store/library-track.entity.js';
import { BatchWriter } from './batch-writer.js';
import { hashContent } from '../watch/content-hashes.js';
import { forEachBounded } from './for-each-bounded.js';
import type { MovedTracks } from './moved-tracks.js';
import type { ScanProgress } from './scan-progress.js';
import type { ScanState } from './scan-state.js';
import { type FoundFile, walkLibrary } from './walk-library.js';

export interface ScanRunDeps {
  index: LibraryIndex;
  reader: Pick<TagReader, 'read'>;
  moves: Pick<MovedTracks, 'follow' | 'isMoving' | 'isMovingPath'>;
  progress: ScanProgress;
  now(): number;
  /** Files read at the same time. */
  readConcurrency: number;
  /** Rows written per transaction. */
  batchSize: number;
  /** Tracks whose file has been gone this long are removed. */
  missingGraceMs: number;
}

/** A row whose file kept its bytes keeps its fingerprint; the job that stored a file stays its origin. */
const KEEP_WHEN_SAME_BYTES: KeptColumn[] = ['jobId', 'fingerprint'];
const KEEP_WHEN_CHANGED: KeptColumn[] = ['jobId'];

/**
 * One scan of `folder` (absolute, inside `root`): walks it, reads new and changed files and writes them in
 * batches. A new file with the bytes of a track whose file is gone is that track moved by hand (the rule the
 * watcher follows too): the track keeps its id, play count and listens. Tracks whose file is gone are marked
 * missing, and removed once missing longer than the grace period; rows of files no longer readable are removed.
 * Unreadable files are listed in the state; only a database fault rejects.
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
    if (deps.moves.isMovingPath(file.relative)) return false;
    if (!isUnchanged(file, indexed.get(file.relative))) return true;
    kept.add(file.relative);
    state.counts.unchanged += 1;
    return false;
  });
  const movedIds = new Set<string>();
  const writer = indexWriter(state, indexed, kept, movedIds, deps);
  await forEachBounded(changed, deps.readConcurrency, async (file) => {
    const row = await readFile(state, file, indexed.get(file.relative), deps);
    deps.progress.report();
    if (!row) return;
    if (!indexed.has(row.path)) {
      const moved = await deps.moves.follow(
        { sha256: row.contentHash!, xxhash64: row.xxhash64! },
        row.path,
        file.mtimeMs,
        deps.now(),
      );
      if (moved) {
        row.id = moved.id;
        movedIds.add(moved.id);
        state.counts.moved += 1;
      }
    }
    kept.add(row.path);
    state.counts.indexed += 1;
    await writer.add(row);
  });
  await writer.finish();

  const present = new Set(walk.files.map((file) => file.relative));
  const gone = known.filter((row) => !kept.has(row.path) && !movedIds.has(row.id) && !deps.moves.isMoving(row.id));
  const [vanished, unreadable] = partition(gone, (row) => !present.has(row.path));
  await deps.index.markMissing(
    vanished.map((row) => row.id),
    deps.now(),
  );
  state.counts.missing = vanished.length;
  const vanishedIds = new Set(vanished.map((row) => row.id));
  const expired = (await deps.index.missingSince(deps.now() - deps.missingGraceMs)).filter((row) =>
    vanishedIds.has(row.id),
  );
  state.counts.removed = await deps.index.removeByIds([...unreadable, ...expired].map((row) => row.id));
}

/** Writes rows in batches; a row the database refuses is listed as unreadable and not kept. */
function indexWriter(
  state: ScanState,
  indexed: Map<string, IndexedFile>,
  kept: Set<string>,
  movedIds: Set<string>,
  deps: ScanRunDeps,
): BatchWriter<LibraryTrackEntity> {
  const keepOf = (row: LibraryTrackEntity) =>
    movedIds.has(row.id) || indexed.get(row.path)?.contentHash === row.contentHash
      ? KEEP_WHEN_SAME_BYTES
      : KEEP_WHEN_CHANGED;
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

/** A file back where its track was marked missing is read again, which clears the mark. */
function isUnchanged(file: FoundFile, row: IndexedFile | undefined): boolean {
  return (
    row !== undefined && row.missingSince === null && row.size === file.size && row.mtime === Math.floor(file.mtimeMs)
  );
}

function partition<T>(items: T[], test: (item: T) => boolean): [T[], T[]] {
  const yes: T[] = [];
  const no: T[] = [];
  for (const item of items) (test(item) ? yes : no).push(item);
  return [yes, no];
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
    const [read, hashes] = await Promise.all([deps.reader.read(file.absolute), hashContent(file.absolute)]);
    const track = fromReadResult(file.relative, file, read, hashes.sha256, deps.now());
    track.xxhash64 = hashes.xxhash64;
    if (row) track.id = row.id;
    return track;
  } catch (error) {
    // The reason names the file as the library knows it, not where the server keeps it.
    const reason = (error as Error).message.split(file.absolute).join(file.relative);
    state.addUnreadable({ path: file.relative, reason });
    return undefined;
  }
}
