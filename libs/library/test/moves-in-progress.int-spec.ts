// A file TrueTrack moves inside the library (a duplicate archived, an archive undone) passes through a moment
// when its row already names the new place and the file is still at the old one. The watcher may look at either
// path in that moment: it must neither make a new track of the file still at the old path (which would go missing
// once the move ends) nor mark the moving track missing, and neither may a scan walking the library then. Real
// files, the real tag reader, a real database.
import { copyFile, mkdir, rename, rm, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { Logger } from '@nestjs/common';
import type { AppConfig } from '@app/config';
import { buildDataSourceOptions, openDataSource, TransactionRunner } from '@app/db';
import { JobEventBus } from '@app/jobs';
import { LIBRARY_ENTITIES, LibraryIndex, LibraryScanner } from '@app/library';
import { SystemClock } from '@app/platform';
import { TagReader } from '@app/tagger';
import { freshDatabase, generateAudio, makeTempDir, makeTestConfig } from '@app/testing';
import type { DataSource } from 'typeorm';
import type { LibraryRenamer } from '../src/rename/library-renamer.service.js';
import { MovedTracks } from '../src/scan/moved-tracks.js';
import { LibraryFollower } from '../src/watch/library-follower.service.js';

const KEEPER = 'Artist/Album/Song.mp3';
const LOSER = 'Downloads/Song (1).mp3';
const ARCHIVED = '_unsorted/duplicates/Downloads/Song (1).mp3';

let fixtures: { path: string; remove(): Promise<void> };
let tone: string;
let config: AppConfig;
let dataSource: DataSource;
let index: LibraryIndex;
let moves: MovedTracks;
let follower: LibraryFollower;
let scanner: LibraryScanner;

const at = (path: string) => join(config.paths.libraryRoot, path);

async function place(path: string): Promise<void> {
  await mkdir(dirname(at(path)), { recursive: true });
  await copyFile(tone, at(path));
}

beforeAll(async () => {
  Logger.overrideLogger(['error']);
  fixtures = await makeTempDir('truetrack-moves-in-progress');
  tone = await generateAudio(join(fixtures.path, 'tone.mp3'), 'sine=frequency=440:duration=1', ['-c:a', 'libmp3lame']);
});

afterAll(async () => {
  await fixtures.remove();
});

beforeEach(async () => {
  const base = makeTestConfig({ watch: { rename: 'propose' } });
  config = { ...base, db: await freshDatabase(base.paths.dataDir) };
  dataSource = await openDataSource(buildDataSourceOptions(config.db, LIBRARY_ENTITIES));
  index = new LibraryIndex(new TransactionRunner(dataSource));
  moves = new MovedTracks(index, config);
  // Files added by hand are only proposed for renaming here: the renamer is never asked.
  const renamer = {} as LibraryRenamer;
  follower = new LibraryFollower(index, new TagReader(), renamer, moves, config, new SystemClock());
  scanner = new LibraryScanner(index, new TagReader(), moves, new JobEventBus(config), config, new SystemClock());
  for (const path of [KEEPER, LOSER]) {
    await place(path);
    expect(await follower.fileSettled(at(path))).toMatchObject({ kind: 'added' });
  }
});

afterEach(async () => {
  await dataSource.destroy();
  await rm(config.paths.dataDir, { recursive: true, force: true });
});

async function rows() {
  const all = [];
  for await (const batch of index.each()) all.push(...batch);
  return all.map((row) => ({ id: row.id, path: row.path, missing: row.missingSince !== null }));
}

/** The archive's own order: the row is pointed at the new place first, then the file follows; `look` in between. */
async function moveWhile<T>(id: string, from: string, to: string, look: () => Promise<T>): Promise<T> {
  return moves.whileMoving(id, { from, to }, async () => {
    await index.relocate(id, to, (await stat(at(from))).mtimeMs);
    const seen = await look();
    await mkdir(dirname(at(to)), { recursive: true });
    await rename(at(from), at(to));
    return seen;
  });
}

const moveWhileWatched = (id: string, from: string, to: string, lookAt: string) =>
  moveWhile(id, from, to, () => follower.fileSettled(at(lookAt)));

it('leaves the file still at the old path alone while its row already names the new one', async () => {
  const loser = (await index.findByPath(LOSER))!;
  const seen = await moveWhileWatched(loser.id, LOSER, ARCHIVED, LOSER);
  expect(seen).toEqual({ kind: 'ignored', reason: 'a file TrueTrack is moving' });

  // The events of the move, arriving after it: the old name gone, the new one there.
  expect(await follower.fileGone(at(LOSER))).toMatchObject({ kind: 'ignored' });
  expect(await follower.fileSettled(at(ARCHIVED))).toEqual({ kind: 'unchanged', trackId: loser.id });
  const keeper = (await index.findByPath(KEEPER))!;
  expect(await rows()).toEqual(
    expect.arrayContaining([
      { id: keeper.id, path: KEEPER, missing: false },
      { id: loser.id, path: ARCHIVED, missing: false },
    ]),
  );
  expect(await rows()).toHaveLength(2);
});

it('leaves both paths alone when the move is undone, and the track ends where it started', async () => {
  const loser = (await index.findByPath(LOSER))!;
  await moveWhileWatched(loser.id, LOSER, ARCHIVED, ARCHIVED);
  const seen = await moveWhileWatched(loser.id, ARCHIVED, LOSER, ARCHIVED);
  expect(seen.kind).toBe('ignored');
  expect(await follower.fileGone(at(ARCHIVED))).toMatchObject({ kind: 'ignored' });
  expect(await follower.fileSettled(at(LOSER))).toEqual({ kind: 'unchanged', trackId: loser.id });
  expect((await rows()).filter((row) => row.missing)).toEqual([]);
  expect(await rows()).toHaveLength(2);
  expect(moves.isMovingPath(LOSER) || moves.isMovingPath(ARCHIVED)).toBe(false);
});

it('lets a scan in that moment neither index the file at the old path nor mark the moving track missing', async () => {
  const loser = (await index.findByPath(LOSER))!;
  const scanned = await moveWhile(loser.id, LOSER, ARCHIVED, async () => (await scanner.start()).done);
  expect(scanned.counts).toMatchObject({ missing: 0, moved: 0 });
  expect((await rows()).filter((row) => row.missing)).toEqual([]);
  expect((await index.findById(loser.id))?.path).toBe(ARCHIVED);
  expect(await rows()).toHaveLength(2);
});
