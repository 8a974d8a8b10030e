// What other libraries read from and write to the library index, on a real database (SQLite file, or the test
// PostgreSQL with TRUETRACK_TEST_DB=postgres): play counts written in the caller's transaction, title search with
// LIKE's wildcards taken literally, paths, sizes per recording and files per release group.
import { randomUUID } from 'node:crypto';
import { buildDataSourceOptions, openDataSource, TransactionRunner } from '@app/db';
import { LIBRARY_ENTITIES, LibraryIndex, LibraryPlayCounts, LibraryTrackReads } from '@app/library';
import { freshDatabase, makeTempDir } from '@app/testing';
import { trackRow } from './support/track-row.js';
import type { DataSource } from 'typeorm';

let dir: { path: string; remove(): Promise<void> };
let dataSource: DataSource;
let tx: TransactionRunner;
let index: LibraryIndex;
let reads: LibraryTrackReads;

beforeEach(async () => {
  dir = await makeTempDir('truetrack-library-reads');
  dataSource = await openDataSource(buildDataSourceOptions(await freshDatabase(dir.path), LIBRARY_ENTITIES));
  tx = new TransactionRunner(dataSource);
  index = new LibraryIndex(tx);
  reads = new LibraryTrackReads(tx);
});

afterEach(async () => {
  await dataSource.destroy();
  await dir.remove();
});

it('writes each track its own play count and last play, and leaves other tracks and updatedAt alone', async () => {
  const [a, b, c] = [trackRow('a.mp3'), trackRow('b.mp3'), trackRow('c.mp3', { playCount: 7, lastPlayedAt: 70 })];
  await index.upsertMany([a, b, c]);
  // More tracks than one statement takes, so the chunks are proved too.
  const many = Array.from({ length: 160 }, (_, i) => trackRow(`many/${i}.mp3`));
  await index.upsertMany(many);
  const signature = await reads.signature();

  await tx.run((m) =>
    new LibraryPlayCounts().setIn(m, [
      { trackId: a.id, playCount: 3, lastPlayedAt: 1_700_000_000_000 },
      { trackId: b.id, playCount: 0, lastPlayedAt: null },
      ...many.map((t, i) => ({ trackId: t.id, playCount: i, lastPlayedAt: i ? i * 1000 : null })),
    ]),
  );

  const plays = async (id: string) => {
    const row = await index.findById(id);
    return [row?.playCount, row?.lastPlayedAt];
  };
  expect(await plays(a.id)).toEqual([3, 1_700_000_000_000]);
  expect(await plays(b.id)).toEqual([0, null]);
  expect(await plays(c.id)).toEqual([7, 70]);
  expect(await plays(many[159]!.id)).toEqual([159, 159_000]);
  expect(await reads.signature()).toBe(signature);
});

it('finds tracks by a part of their title, case-insensitively, with % taken literally', async () => {
  await index.upsertMany([
    trackRow('1.mp3', { title: 'In The Mood', artist: 'Glenn Miller', year: 1939 }),
    trackRow('2.mp3', { title: '100% Pure Love', artist: 'Crystal Waters' }),
    trackRow('3.mp3', { title: '1000 Pure Love', artist: 'Nobody' }),
    trackRow('4.mp3', { title: null, artist: 'Untitled' }),
  ]);
  expect((await reads.titleContains('the mood', 20)).map((t) => [t.title, t.artist, t.year, t.durationMs])).toEqual([
    ['In The Mood', 'Glenn Miller', 1939, 200_000],
  ]);
  expect((await reads.titleContains('100%', 20)).map((t) => t.title)).toEqual(['100% Pure Love']);
  expect(await reads.titleContains('  ', 20)).toEqual([]);
});

it('answers paths, sizes per recording, files per release group and credited tracks', async () => {
  const rec = randomUUID();
  const group = randomUUID();
  const one = trackRow('x/one.mp3', {
    mbRecordingId: rec,
    mbReleaseGroupId: group,
    size: 10,
    artist: 'A',
    title: 'One',
  });
  const two = trackRow('x/two.mp3', { mbReleaseGroupId: group, size: 32, artist: ' ', title: 'Two', updatedAt: 5 });
  await index.upsertMany([one, two]);

  expect(await reads.pathsOf([one.id, 'gone'])).toEqual(new Map([[one.id, 'x/one.mp3']]));
  expect(await reads.sizesByRecording([rec, rec, randomUUID()])).toEqual(new Map([[rec, 10]]));
  expect(await reads.filesByReleaseGroup([group])).toEqual(new Map([[group, { count: 2, size: 42 }]]));
  expect(await reads.credited()).toEqual([{ id: one.id, artist: 'A', title: 'One' }]);
  expect(await reads.credited(5)).toEqual([]);
});
