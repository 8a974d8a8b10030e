// Library scans on real files (made with ffmpeg, tagged with -metadata), read by the real TagReader, indexed
// in a real database: full scan, rescans that skip unchanged files, changes, deletions and odd files.
import { jest } from '@jest/globals';
import { createHash } from 'node:crypto';
import { copyFile, mkdir, readFile, rename, rm, stat, symlink, utimes, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { Logger } from '@nestjs/common';
import type { LibraryScanDto, LibraryScanEvent } from '@app/contracts';
import type { AppConfig } from '@app/config';
import { ConflictError, NotFoundError, ValidationError } from '@app/core';
import { buildDataSourceOptions, openDataSource, TransactionRunner } from '@app/db';
import { JobEventBus } from '@app/jobs';
import { LIBRARY_ENTITIES, LibraryIndex, LibraryScanner, LibraryTrackEntity } from '@app/library';
import { MovedTracks } from '../src/scan/moved-tracks.js';
import { SystemClock } from '@app/platform';
import { TagReader } from '@app/tagger';
import { cutInHalf, freshDatabase, generateAudio, makeTempDir, makeTestConfig } from '@app/testing';
import type { DataSource } from 'typeorm';

const ENCODERS: Record<string, string[]> = {
  mp3: ['-c:a', 'libmp3lame', '-b:a', '128k'],
  m4a: ['-c:a', 'aac', '-b:a', '96k'],
  opus: ['-c:a', 'libopus', '-b:a', '64k'],
  ogg: ['-c:a', 'libvorbis', '-q:a', '2'],
  flac: ['-c:a', 'flac'],
};

let fixtures: { path: string; remove(): Promise<void> };
let untagged: string;

/** A 1 s file of `format` tagged with title, artist and album (ffmpeg -metadata, no tag writer involved). */
async function tagged(format: string, title: string, artist = 'The Fixtures', album = 'Scans'): Promise<string> {
  const file = join(fixtures.path, `${title}.${format}`);
  const metadata = ['-metadata', `title=${title}`, '-metadata', `artist=${artist}`, '-metadata', `album=${album}`];
  return generateAudio(file, 'sine=frequency=440:duration=1', [...ENCODERS[format]!, ...metadata]);
}

beforeAll(async () => {
  // Scans log one line at start and end; the assertions tell what matters here.
  Logger.overrideLogger(['error']);
  fixtures = await makeTempDir('truetrack-scan-fixtures');
  await Promise.all(Object.keys(ENCODERS).map((format) => tagged(format, `Song ${format}`)));
  untagged = await generateAudio(join(fixtures.path, 'untagged.mp3'), 'sine=frequency=220:duration=1', [
    ...ENCODERS['mp3']!,
    '-map_metadata',
    '-1',
  ]);
});

afterAll(async () => {
  await fixtures.remove();
});

let config: AppConfig;
let root: string;
let dataSource: DataSource;
let index: LibraryIndex;
let reader: TagReader;
let events: LibraryScanEvent[];
let sut: LibraryScanner;

beforeEach(async () => {
  const base = makeTestConfig();
  config = { ...base, db: await freshDatabase(base.paths.dataDir) };
  root = config.paths.libraryRoot;
  dataSource = await openDataSource(buildDataSourceOptions(config.db, LIBRARY_ENTITIES));
  index = new LibraryIndex(new TransactionRunner(dataSource));
  reader = new TagReader();
  const bus = new JobEventBus(config);
  events = [];
  bus.subscribe((message) => {
    if (message.type === 'library.scan') events.push(message);
  });
  sut = new LibraryScanner(index, reader, new MovedTracks(index, config), bus, config, new SystemClock());
});

afterEach(async () => {
  await dataSource.destroy();
  await rm(config.paths.dataDir, { recursive: true, force: true });
});

async function place(source: string, relative: string): Promise<string> {
  const target = join(root, relative);
  await mkdir(dirname(target), { recursive: true });
  await copyFile(source, target);
  return target;
}

/** The five formats in an artist/album tree, plus the archive folder, a hidden file and a picture. */
async function buildLibrary(): Promise<void> {
  for (const format of Object.keys(ENCODERS)) {
    await place(join(fixtures.path, `Song ${format}.${format}`), `The Fixtures/Scans/Song ${format}.${format}`);
  }
  await place(join(fixtures.path, 'Song mp3.mp3'), `${config.library.archiveFolder}/Unknown - Song.mp3`);
  await place(join(fixtures.path, 'Song mp3.mp3'), 'The Fixtures/Scans/.hidden.mp3');
  await place(join(fixtures.path, 'Song mp3.mp3'), '.stash/inside-hidden-folder.mp3');
  await writeFile(join(root, 'The Fixtures/Scans/cover.jpg'), 'not audio');
}

async function scan(path?: string): Promise<LibraryScanDto> {
  const started = await sut.start(path === undefined ? {} : { path });
  return started.done;
}

/** When the track's file was found gone; null while it is there. */
async function missingSinceOf(relative: string): Promise<number | null> {
  return (await index.findByPath(relative))!.missingSince;
}

async function indexedPaths(): Promise<string[]> {
  return (await index.filesUnder('')).map((file) => file.path).sort();
}

const ALL_FILES = [
  'The Fixtures/Scans/Song flac.flac',
  'The Fixtures/Scans/Song m4a.m4a',
  'The Fixtures/Scans/Song mp3.mp3',
  'The Fixtures/Scans/Song ogg.ogg',
  'The Fixtures/Scans/Song opus.opus',
  '_unsorted/Unknown - Song.mp3',
];

it('indexes every audio file of the library with its tags, the archive folder included', async () => {
  await buildLibrary();
  const result = await scan();
  expect(result).toMatchObject({
    status: 'done',
    phase: 'done',
    path: '',
    counts: { seen: 6, indexed: 6, moved: 0, unchanged: 0, missing: 0, removed: 0, failed: 0 },
    total: 6,
    unreadable: [],
    error: null,
  });
  expect(result.durationMs).toBeGreaterThanOrEqual(0);
  expect(await indexedPaths()).toEqual(ALL_FILES);
  const [records] = await index.list({ sortKey: 'title', sortDirection: 'asc', page: 1, pageSize: 10, format: 'opus' });
  expect(records).toHaveLength(1);
  expect(records[0]).toMatchObject({
    path: 'The Fixtures/Scans/Song opus.opus',
    title: 'Song opus',
    artist: 'The Fixtures',
    album: 'Scans',
    format: 'opus',
    jobId: null,
  });
  expect(records[0]!.contentHash).toMatch(/^[0-9a-f]{64}$/);
  expect(records[0]!.durationMs).toBeGreaterThan(900);
  expect(sut.get(result.id)).toEqual(result);
});

it('hashes small files and files larger than one read alike', async () => {
  const large = await generateAudio(join(fixtures.path, 'large.mp3'), 'anoisesrc=duration=40:sample_rate=44100', [
    ...ENCODERS['mp3']!.slice(0, 2),
    '-b:a',
    '320k',
  ]);
  await place(large, 'Big/large.mp3');
  await place(join(fixtures.path, 'Song m4a.m4a'), 'Big/small.m4a');
  await scan();
  for (const relative of ['Big/large.mp3', 'Big/small.m4a']) {
    const bytes = await readFile(join(root, relative));
    expect((await index.findByPath(relative))!.contentHash).toBe(createHash('sha256').update(bytes).digest('hex'));
  }
  expect((await stat(join(root, 'Big/large.mp3'))).size).toBeGreaterThan(1024 * 1024);
});

it('does not open unchanged files on a rescan', async () => {
  await buildLibrary();
  await scan();
  const reads = jest.spyOn(reader, 'read');
  const result = await scan();
  expect(result.counts).toEqual({ seen: 6, indexed: 0, moved: 0, unchanged: 6, missing: 0, removed: 0, failed: 0 });
  expect(reads).not.toHaveBeenCalled();
});

it('reads a changed file again and keeps its row id and the job that stored it', async () => {
  await buildLibrary();
  await scan();
  const relative = 'The Fixtures/Scans/Song flac.flac';
  const before = (await index.findByPath(relative))!;
  await index.upsert({ ...before, jobId: '6b1c8f0e-2f55-4c1e-9a7b-0d9a5f3c2e11', fingerprint: '1,2,3' });
  const changed = await tagged('flac', 'Renamed Song');
  await copyFile(changed, join(root, relative));
  const reads = jest.spyOn(reader, 'read');

  const result = await scan();

  expect(result.counts).toMatchObject({ indexed: 1, unchanged: 5, removed: 0 });
  expect(reads).toHaveBeenCalledTimes(1);
  expect(reads).toHaveBeenCalledWith(join(root, relative));
  const after = (await index.findByPath(relative))!;
  expect(after).toMatchObject({ id: before.id, title: 'Renamed Song', createdAt: before.createdAt });
  expect(after.contentHash).not.toBe(before.contentHash);
  expect(after.jobId).toBe('6b1c8f0e-2f55-4c1e-9a7b-0d9a5f3c2e11');
  expect(after.fingerprint).toBeNull();
});

it('keeps the fingerprint of a file that was only touched', async () => {
  await buildLibrary();
  await scan();
  const relative = 'The Fixtures/Scans/Song ogg.ogg';
  await index.upsert({ ...(await index.findByPath(relative))!, fingerprint: '4,5,6' });
  const later = new Date(Date.now() + 60_000);
  await utimes(join(root, relative), later, later);
  const reads = jest.spyOn(reader, 'read');

  expect((await scan()).counts).toMatchObject({ indexed: 1, unchanged: 5 });
  expect(reads).toHaveBeenCalledTimes(1);
  expect((await index.findByPath(relative))!.fingerprint).toBe('4,5,6');
});

it('marks the tracks of deleted files missing, only under the scanned folder, and keeps their rows', async () => {
  await buildLibrary();
  await scan();
  const deleted = 'The Fixtures/Scans/Song m4a.m4a';
  const id = (await index.findByPath(deleted))!.id;
  await rm(join(root, deleted));
  await rm(join(root, config.library.archiveFolder), { recursive: true });

  const folderScan = await scan('The Fixtures');
  expect(folderScan).toMatchObject({ path: 'The Fixtures', counts: { seen: 4, unchanged: 4, missing: 1, removed: 0 } });
  expect(await missingSinceOf('_unsorted/Unknown - Song.mp3')).toBeNull();
  expect(await missingSinceOf(deleted)).toEqual(expect.any(Number));

  expect((await scan()).counts).toMatchObject({ seen: 4, missing: 2, removed: 0 });
  expect(await indexedPaths()).toEqual(ALL_FILES);
  expect(await missingSinceOf('_unsorted/Unknown - Song.mp3')).toEqual(expect.any(Number));
  expect((await index.findByPath(deleted))!.id).toBe(id);
});

it('keeps the first time a track was found missing across scans', async () => {
  await buildLibrary();
  await scan();
  const deleted = 'The Fixtures/Scans/Song ogg.ogg';
  await rm(join(root, deleted));
  await scan();
  const first = await missingSinceOf(deleted);
  await new Promise((resolve) => setTimeout(resolve, 5));
  await scan();
  expect(await missingSinceOf(deleted)).toBe(first);
});

it('clears the mark of a track whose file is back, even with the same size and time', async () => {
  await buildLibrary();
  await scan();
  const relative = 'The Fixtures/Scans/Song flac.flac';
  const bytes = await readFile(join(root, relative));
  const times = await stat(join(root, relative));
  await rm(join(root, relative));
  await scan();
  expect(await missingSinceOf(relative)).toEqual(expect.any(Number));
  await writeFile(join(root, relative), bytes);
  await utimes(join(root, relative), times.atime, times.mtime);

  expect((await scan()).counts).toMatchObject({ indexed: 1, missing: 0 });
  expect(await missingSinceOf(relative)).toBeNull();
});

it('removes a track once its file has been missing longer than the grace period', async () => {
  await buildLibrary();
  await scan();
  await rm(join(root, 'The Fixtures/Scans/Song opus.opus'));
  expect((await scan()).counts).toMatchObject({ missing: 1, removed: 0 });
  config.watch.missingGraceMs = 0;

  expect((await scan()).counts).toMatchObject({ missing: 1, removed: 1 });
  expect(await indexedPaths()).toEqual(ALL_FILES.filter((f) => !f.includes('opus')));
});

it('follows a file moved and renamed by hand: same track id, play count, fingerprint and origin job', async () => {
  await buildLibrary();
  await scan();
  const from = 'The Fixtures/Scans/Song mp3.mp3';
  const before = (await index.findByPath(from))!;
  await index.upsert({ ...before, jobId: '6b1c8f0e-2f55-4c1e-9a7b-0d9a5f3c2e11', fingerprint: '7,8,9' });
  await dataSource.getRepository(LibraryTrackEntity).update({ id: before.id }, { playCount: 3 });
  await mkdir(join(root, 'Moved By Hand'), { recursive: true });
  await rename(join(root, from), join(root, 'Moved By Hand/Renamed.mp3'));

  const result = await scan();

  expect(result.counts).toMatchObject({ indexed: 1, moved: 1, missing: 0, removed: 0 });
  expect(await index.findByPath(from)).toBeNull();
  const after = (await index.findByPath('Moved By Hand/Renamed.mp3'))!;
  expect(after).toMatchObject({
    id: before.id,
    playCount: 3,
    createdAt: before.createdAt,
    contentHash: before.contentHash,
    fingerprint: '7,8,9',
    jobId: '6b1c8f0e-2f55-4c1e-9a7b-0d9a5f3c2e11',
    missingSince: null,
  });
  expect(after.xxhash64).toMatch(/^[0-9a-f]{16}$/);
  expect(await index.count()).toBe(ALL_FILES.length);
});

it('follows a file moved by hand after an earlier scan marked it missing', async () => {
  await buildLibrary();
  await scan();
  const from = 'The Fixtures/Scans/Song ogg.ogg';
  const id = (await index.findByPath(from))!.id;
  const bytes = await readFile(join(root, from));
  await rm(join(root, from));
  await scan();
  await mkdir(join(root, 'Found Again'), { recursive: true });
  await writeFile(join(root, 'Found Again/Song.ogg'), bytes);

  expect((await scan()).counts).toMatchObject({ moved: 1, missing: 0 });
  expect(await index.findByPath('Found Again/Song.ogg')).toMatchObject({ id, missingSince: null });
});

it('indexes a copy as a track of its own while the original is still there', async () => {
  await buildLibrary();
  await scan();
  const original = (await index.findByPath('The Fixtures/Scans/Song flac.flac'))!;
  await place(join(root, 'The Fixtures/Scans/Song flac.flac'), 'Copies/Song flac.flac');

  expect((await scan()).counts).toMatchObject({ indexed: 1, moved: 0 });
  const copy = (await index.findByPath('Copies/Song flac.flac'))!;
  expect(copy.id).not.toBe(original.id);
  expect(copy.contentHash).toBe(original.contentHash);
  expect((await index.findByPath('The Fixtures/Scans/Song flac.flac'))!.id).toBe(original.id);
});

it('gives a moved track to one of two copies of its file, and indexes the other as new', async () => {
  await buildLibrary();
  await scan();
  const from = 'The Fixtures/Scans/Song m4a.m4a';
  const id = (await index.findByPath(from))!.id;
  await place(join(root, from), 'Twice/One.m4a');
  await rename(join(root, from), join(root, 'Twice/Two.m4a'));

  expect((await scan()).counts).toMatchObject({ indexed: 2, moved: 1, missing: 0 });
  const ids = [(await index.findByPath('Twice/One.m4a'))!.id, (await index.findByPath('Twice/Two.m4a'))!.id];
  expect(ids.filter((each) => each === id)).toHaveLength(1);
  expect(new Set(ids).size).toBe(2);
  expect(await index.findByPath(from)).toBeNull();
});

it('lists odd files with the reason and still completes', async () => {
  const outside = await makeTempDir('truetrack-outside');
  try {
    await place(join(fixtures.path, 'Song mp3.mp3'), 'Odd/fine.mp3');
    await writeFile(join(root, 'Odd/empty.mp3'), '');
    await writeFile(join(root, 'Odd/text.flac'), 'This is a text file, not FLAC.\n'.repeat(20));
    await cutInHalf(join(fixtures.path, 'Song flac.flac'), join(root, 'Odd/truncated.flac'));
    await place(untagged, 'Odd/untagged.mp3');
    await writeFile(join(root, 'Odd/notes.txt'), 'not audio');
    await place(join(fixtures.path, 'Song opus.opus'), 'Björk/Homogenic/🎵 Jóga.opus');
    await copyFile(join(fixtures.path, 'Song mp3.mp3'), join(outside.path, 'secret.mp3'));
    await symlink(join(outside.path, 'secret.mp3'), join(root, 'Odd/escape.mp3'));
    await symlink(outside.path, join(root, 'Odd/escape-folder'));
    await symlink(join(root, 'Odd/fine.mp3'), join(root, 'Odd/alias.mp3'));

    const result = await scan();

    expect(result.status).toBe('done');
    const reasons = Object.fromEntries(result.unreadable.map((entry) => [entry.path, entry.reason]));
    expect(reasons['Odd/empty.mp3']).toBe('the file is empty');
    expect(reasons['Odd/text.flac']).toMatch(/^Cannot read the tags of Odd\/text\.flac: /);
    expect(reasons['Odd/escape.mp3']).toBe('link points outside the library');
    expect(reasons['Odd/escape-folder']).toBe('link points outside the library');
    const indexed = await indexedPaths();
    expect(indexed).toEqual(expect.arrayContaining(['Odd/fine.mp3', 'Odd/alias.mp3', 'Odd/untagged.mp3']));
    expect(indexed).toContain('Björk/Homogenic/🎵 Jóga.opus');
    expect(indexed.some((path) => path.includes('notes') || path.includes('secret'))).toBe(false);
    // A half file may still parse; either way it is accounted for exactly once.
    expect(indexed.includes('Odd/truncated.flac')).toBe(reasons['Odd/truncated.flac'] === undefined);
    expect(result.counts.seen).toBe(7);
    expect(result.counts.indexed + result.counts.failed).toBe(result.counts.seen + 2);
    expect((await index.findByPath('Odd/untagged.mp3'))!).toMatchObject({ title: null, artist: null });
    expect(JSON.stringify(result)).not.toContain(root);
  } finally {
    await outside.remove();
  }
});

it('forgets a file that became unreadable', async () => {
  await buildLibrary();
  await scan();
  const relative = 'The Fixtures/Scans/Song mp3.mp3';
  await writeFile(join(root, relative), 'garbage that is no longer MP3 audio'.repeat(10));
  const result = await scan();
  expect(result.counts).toMatchObject({ failed: 1, missing: 0, removed: 1 });
  expect(await index.findByPath(relative)).toBeNull();
});

it('refuses paths outside the library and paths that are not folders, naming the field', async () => {
  const outside = await makeTempDir('truetrack-outside');
  try {
    await buildLibrary();
    await symlink(outside.path, join(root, 'linked-out'));
    const cases: [string, RegExp][] = [
      ['..', /must be the library root or a folder inside it/],
      ['../elsewhere', /must be the library root or a folder inside it/],
      [outside.path, /must be the library root or a folder inside it/],
      ['linked-out', /leads outside the library root through a symbolic link/],
      ['No Such Artist', /does not exist in the library/],
      ['The Fixtures/Scans/Song mp3.mp3', /must be a folder/],
    ];
    for (const [path, message] of cases) {
      const error = await sut.start({ path }).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(ValidationError);
      expect(error).toMatchObject({ field: 'path', message });
    }
    expect((await scan(join(root, 'The Fixtures'))).path).toBe('The Fixtures');
  } finally {
    await outside.remove();
  }
});

it('says so when the library root itself is missing', async () => {
  await rm(root, { recursive: true });
  const error = await sut.start().then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toMatchObject({ field: 'path', message: expect.stringMatching(/library root does not exist/) });
  await mkdir(root);
  await expect(scan()).resolves.toMatchObject({ status: 'done', counts: { seen: 0 } });
});

it('runs one scan at a time and names the running one', async () => {
  await buildLibrary();
  const first = await sut.start();
  const second = await sut.start().then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(second).toBeInstanceOf(ConflictError);
  expect((second as Error).message).toContain(first.scanId);
  expect(sut.get(first.scanId).status).toBe('running');
  await first.done;
  await expect(scan()).resolves.toMatchObject({ status: 'done' });
  expect(() => sut.get('00000000-0000-4000-8000-000000000000')).toThrow(NotFoundError);
});

it('publishes progress from walking to done on the event bus', async () => {
  await buildLibrary();
  const result = await scan();
  const phases = events.map((event) => event.phase);
  expect(phases[0]).toBe('walking');
  expect(phases).toContain('reading');
  expect(phases.at(-1)).toBe('done');
  expect(events.every((event) => event.scanId === result.id)).toBe(true);
  expect(events.at(-1)).toEqual({
    type: 'library.scan',
    scanId: result.id,
    phase: 'done',
    seen: 6,
    indexed: 6,
    moved: 0,
    unchanged: 0,
    missing: 0,
    removed: 0,
    failed: 0,
    total: 6,
  });
});

it('reports a scan the database failed as failed, with the reason', async () => {
  await buildLibrary();
  jest.spyOn(index, 'upsertMany').mockRejectedValue(new Error('database is locked'));
  const result = await scan();
  expect(result).toMatchObject({ status: 'failed', phase: 'failed', error: 'database is locked' });
  expect(events.at(-1)?.phase).toBe('failed');
});
