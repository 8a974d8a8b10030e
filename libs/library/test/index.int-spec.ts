// The library index on a real database (SQLite file, or the test PostgreSQL with TRUETRACK_TEST_DB=postgres):
// upserts by path, lookups, fingerprint candidates, and the list with search, filters, sort and paging.
import { randomUUID } from 'node:crypto';
import { buildDataSourceOptions, openDataSource, TransactionRunner } from '@app/db';
import { LIBRARY_ENTITIES, LibraryIndex, LibraryTrackEntity } from '@app/library';
import { type TrackListQuery } from '../src/index-store/library-index.repository.js';
import { freshDatabase, makeTempDir } from '@app/testing';
import { trackRow } from './support/track-row.js';
import type { DataSource } from 'typeorm';

let dir: { path: string; remove(): Promise<void> };
let dataSource: DataSource;
let sut: LibraryIndex;

beforeEach(async () => {
  dir = await makeTempDir('truetrack-index');
  dataSource = await openDataSource(buildDataSourceOptions(await freshDatabase(dir.path), LIBRARY_ENTITIES));
  sut = new LibraryIndex(new TransactionRunner(dataSource));
});

afterEach(async () => {
  await dataSource.destroy();
  await dir.remove();
});

const AT = Date.UTC(2025, 0, 1);

function track(path: string, overrides: Partial<LibraryTrackEntity> = {}): LibraryTrackEntity {
  const mp3 = { codec: 'MPEG-1 Layer 3', bitrate: 320_000, sampleRate: 44_100 };
  return trackRow(path, { ...mp3, mtime: AT, createdAt: AT, updatedAt: AT, ...overrides });
}

const query = (overrides: Partial<TrackListQuery> = {}): TrackListQuery => ({
  sortKey: 'title',
  sortDirection: 'asc',
  page: 1,
  pageSize: 50,
  ...overrides,
});

async function titles(overrides: Partial<TrackListQuery> = {}): Promise<(string | null)[]> {
  const [records] = await sut.list(query(overrides));
  return records.map((record) => record.title);
}

describe('upsert', () => {
  it('inserts a new path and updates a known one in place, keeping its id and creation time', async () => {
    const first = await sut.upsert(track('A/a.mp3', { title: 'Old', tags: { metadata: { title: 'Old' } } }));
    const second = await sut.upsert(
      track('A/a.mp3', { title: 'New', size: 2000, createdAt: AT + 5, updatedAt: AT + 5, hasCover: true }),
    );
    expect(second).toMatchObject({ id: first.id, title: 'New', size: 2000, createdAt: AT, updatedAt: AT + 5 });
    expect(second.hasCover).toBe(true);
    expect(second.tags).toBeNull();
    expect(await sut.count()).toBe(1);
    expect(await sut.findById(first.id)).toMatchObject({ path: 'A/a.mp3', title: 'New' });
  });

  it('keeps the columns it is told to keep on existing rows only', async () => {
    const jobId = randomUUID();
    await sut.upsertMany([track('a.mp3', { jobId, fingerprint: '1,2,3' }), track('b.mp3', { jobId })]);
    await sut.upsertMany([track('a.mp3'), track('b.mp3'), track('c.mp3', { fingerprint: '9' })], (row) =>
      row.path === 'a.mp3' ? ['jobId', 'fingerprint'] : ['jobId'],
    );
    const rows = await Promise.all(['a.mp3', 'b.mp3', 'c.mp3'].map((path) => sut.findByPath(path)));
    expect(rows.map((row) => [row?.jobId, row?.fingerprint])).toEqual([
      [jobId, '1,2,3'],
      [jobId, null],
      [null, '9'],
    ]);
  });

  it('writes hundreds of rows in one call', async () => {
    await sut.upsertMany(Array.from({ length: 1234 }, (_, i) => track(`bulk/${i}.mp3`)));
    expect(await sut.count()).toBe(1234);
  });
});

describe("inside a caller's transaction", () => {
  it("writes and removes together with the caller's other writes, or not at all", async () => {
    const tx = new TransactionRunner(dataSource);
    await sut.upsert(track('old.mp3'));
    await tx.run(async (manager) => {
      expect(await sut.removeIn(manager, 'old.mp3')).toBe(true);
      await sut.writeIn(manager, track('new.mp3', { title: 'Stored' }));
    });
    expect(await sut.findByPath('old.mp3')).toBeNull();
    expect(await sut.findByPath('new.mp3')).toMatchObject({ title: 'Stored' });

    const failed = tx.run(async (manager) => {
      await sut.writeIn(manager, track('rolled-back.mp3'));
      throw new Error('the job changed meanwhile');
    });
    await expect(failed).rejects.toThrow('the job changed meanwhile');
    expect(await sut.findByPath('rolled-back.mp3')).toBeNull();
  });
});

describe('remove', () => {
  it('removes by path and by ids, telling whether anything was there', async () => {
    const rows = [track('a.mp3'), track('b.mp3'), track('c.mp3')];
    await sut.upsertMany(rows);
    expect(await sut.removeByPath('a.mp3')).toBe(true);
    expect(await sut.removeByPath('a.mp3')).toBe(false);
    expect(await sut.removeByIds([rows[1]!.id, rows[2]!.id, randomUUID()])).toBe(2);
    expect(await sut.count()).toBe(0);
  });
});

describe('lookups', () => {
  const recording = '37d88b7e-3e5d-4fa5-9f8b-2e9c7c1b3a11';

  beforeEach(async () => {
    await sut.upsertMany([
      track('x/1.mp3', { mbRecordingId: recording, isrc: 'USIR20400274', contentHash: 'ab'.repeat(32) }),
      track('x/2.flac', { mbRecordingId: recording, durationMs: 204_000, fingerprint: '1,2' }),
      track('x/3.mp3', { durationMs: 196_000, fingerprint: '3,4' }),
      track('x/4.mp3', { durationMs: 205_001, fingerprint: '5,6' }),
      track('x/5.mp3', { durationMs: 200_500 }),
    ]);
  });

  it('finds by MusicBrainz recording id, ISRC and content hash in any spelling', async () => {
    expect((await sut.findByRecordingId(recording.toUpperCase())).map((t) => t.path)).toEqual(['x/1.mp3', 'x/2.flac']);
    expect((await sut.findByIsrc('us-ir2-04-00274')).map((t) => t.path)).toEqual(['x/1.mp3']);
    expect((await sut.findByContentHash('AB'.repeat(32))).map((t) => t.path)).toEqual(['x/1.mp3']);
    expect(await sut.findByIsrc('GBDUW0000053')).toEqual([]);
  });

  it('offers fingerprinted tracks within 5 s of a duration as candidates, closest first', async () => {
    expect((await sut.findFingerprintCandidates(200_000)).map((t) => t.path)).toEqual(['x/2.flac', 'x/3.mp3']);
    expect((await sut.findFingerprintCandidates(201_000)).map((t) => t.path)).toEqual([
      'x/2.flac',
      'x/4.mp3',
      'x/3.mp3',
    ]);
  });

  it('knows the files under a folder, with wildcards in its name taken literally', async () => {
    await sut.upsertMany([track('Artist_1/a.mp3'), track('ArtistX1/b.mp3'), track('Artist_1 Live/c.mp3')]);
    expect((await sut.filesUnder('Artist_1')).map((f) => f.path)).toEqual(['Artist_1/a.mp3']);
    expect(await sut.filesUnder('')).toHaveLength(8);
    expect((await sut.filesUnder('x')).map((f) => Object.keys(f).sort())[0]).toEqual([
      'contentHash',
      'id',
      'missingSince',
      'mtime',
      'path',
      'size',
    ]);
  });
});

describe('list', () => {
  beforeEach(async () => {
    const jobId = '6b1c8f0e-2f55-4c1e-9a7b-0d9a5f3c2e11';
    await sut.upsertMany([
      track('k/1.mp3', { title: 'Mr. Brightside', artist: 'The Killers', album: 'Hot Fuss', year: 2004 }),
      track('k/2.flac', {
        title: 'somebody told me',
        artist: 'The Killers',
        album: 'Hot Fuss',
        format: 'flac',
        year: 2004,
        hasCover: true,
        jobId,
        createdAt: AT + 10,
      }),
      track('p/1.mp3', { title: '100% Pure', artist: 'Pure_Band', album: 'Percent', year: 1999, durationMs: 100 }),
      track('p/2.mp3', { title: '1000 Pure', artist: 'PureXBand', album: 'Digits', year: 2010, durationMs: 300 }),
      track('d/1.opus', {
        title: 'One More Time',
        artist: 'Daft Punk',
        album: 'Discovery',
        format: 'opus',
        mbRecordingId: '11111111-2222-4333-8444-555555555555',
        hasCover: true,
        createdAt: AT + 20,
      }),
      track('u/unknown.mp3'),
    ]);
  });

  it('searches title, artist and album without case and with wildcards taken literally', async () => {
    expect(await titles({ search: 'KILLERS' })).toEqual(['Mr. Brightside', 'somebody told me']);
    expect(await titles({ search: '100%' })).toEqual(['100% Pure']);
    expect(await titles({ search: 'pure_' })).toEqual(['100% Pure']);
    expect(await titles({ search: 'discov' })).toEqual(['One More Time']);
    expect(await titles({ search: '\\' })).toEqual([]);
  });

  it('filters by artist, album, format, MusicBrainz id, cover and job', async () => {
    expect(await titles({ artist: 'the killers', album: 'HOT FUSS' })).toEqual(['Mr. Brightside', 'somebody told me']);
    expect(await titles({ format: 'flac' })).toEqual(['somebody told me']);
    expect(await titles({ hasMusicBrainzId: true })).toEqual(['One More Time']);
    expect(await titles({ hasCover: true })).toEqual(['One More Time', 'somebody told me']);
    expect(await titles({ hasCover: false, hasMusicBrainzId: false })).toHaveLength(4);
    expect(await titles({ jobId: '6b1c8f0e-2f55-4c1e-9a7b-0d9a5f3c2e11' })).toEqual(['somebody told me']);
  });

  it('sorts without case, either way, with missing values last', async () => {
    const all = ['100% Pure', '1000 Pure', 'Mr. Brightside', 'One More Time', 'somebody told me', null];
    expect(await titles()).toEqual(all);
    expect(await titles({ sortDirection: 'desc' })).toEqual([...all.slice(0, -1).reverse(), null]);
    expect(await titles({ sortKey: 'year', sortDirection: 'desc' })).toEqual([
      '1000 Pure',
      'Mr. Brightside',
      'somebody told me',
      '100% Pure',
      'One More Time',
      null,
    ]);
    expect((await titles({ sortKey: 'addedAt', sortDirection: 'desc' })).slice(0, 2)).toEqual([
      'One More Time',
      'somebody told me',
    ]);
    expect((await titles({ sortKey: 'duration' })).slice(0, 2)).toEqual(['100% Pure', '1000 Pure']);
    expect(await titles({ sortKey: 'artist' })).toEqual([
      'One More Time',
      '100% Pure',
      '1000 Pure',
      'Mr. Brightside',
      'somebody told me',
      null,
    ]);
  });

  it('pages through the sorted list and counts every match', async () => {
    const pages = await Promise.all([1, 2, 3, 4].map((page) => sut.list(query({ page, pageSize: 2 }))));
    expect(pages.map(([records]) => records.map((r) => r.title))).toEqual([
      ['100% Pure', '1000 Pure'],
      ['Mr. Brightside', 'One More Time'],
      ['somebody told me', null],
      [],
    ]);
    expect(pages.map(([, total]) => total)).toEqual([6, 6, 6, 6]);
    const [, matching] = await sut.list(query({ search: 'pure', pageSize: 1 }));
    expect(matching).toBe(2);
  });
});
