// The analysis tables on the database the suite runs on (SQLite, or PostgreSQL with TRUETRACK_TEST_DB=postgres):
// results filtered by BPM, key and energy and sorted, a result replaced in place, and the Last.fm tag store's
// choice of tracks (never tagged, or changed since a time) with its JSON round trip.
import { randomUUID } from 'node:crypto';
import { ANALYSIS_ENTITIES } from '@app/analysis';
import type { AudioFeatures } from '@app/contracts';
import { buildDataSourceOptions, openDataSource, TransactionRunner } from '@app/db';
import { LIBRARY_ENTITIES, LibraryIndex, LibraryTrackEntity, LibraryTrackReads } from '@app/library';
import { freshDatabase, makeTempDir } from '@app/testing';
import type { DataSource } from 'typeorm';
import { LastfmTagStore } from '../src/lastfm/lastfm-tag-store.js';
import { TrackAnalyses } from '../src/store/track-analyses.js';

let dir: { path: string; remove(): Promise<void> };
let dataSource: DataSource;
let tx: TransactionRunner;
let results: TrackAnalyses;
let tagStore: LastfmTagStore;

const features = (bpm: number, key: string, scale: 'major' | 'minor', loudnessLufs: number): AudioFeatures => ({
  bpm,
  bpmConfidence: null,
  key,
  scale,
  keyStrength: 0.8,
  danceability: 1.2,
  dynamicComplexity: 3,
  onsetRate: 3,
  spectralCentroidHz: 1500,
  rms: 0.1,
  energy: 0.01,
  mfccMeans: new Array<number>(13).fill(0),
  loudnessLufs,
  loudnessRangeLu: 5,
  analysedSeconds: 30,
});

async function addLibraryTrack(artist: string | null, title: string | null, updatedAt: number): Promise<string> {
  const id = randomUUID();
  await dataSource.manager.save(LibraryTrackEntity, {
    id,
    path: `${artist ?? 'x'}/${id}.mp3`,
    format: 'mp3',
    size: 1000,
    mtime: updatedAt,
    artist,
    title,
    hasCover: false,
    createdAt: updatedAt,
    updatedAt,
  });
  return id;
}

beforeAll(async () => {
  dir = await makeTempDir('truetrack-analysis-stores');
  const db = await freshDatabase(dir.path);
  dataSource = await openDataSource(buildDataSourceOptions(db, [...LIBRARY_ENTITIES, ...ANALYSIS_ENTITIES]));
  tx = new TransactionRunner(dataSource);
  results = new TrackAnalyses(tx);
  tagStore = new LastfmTagStore(tx, new LibraryTrackReads(tx));
});

afterAll(async () => {
  await dataSource.destroy();
  await dir.remove();
});

describe('TrackAnalyses', () => {
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    const rows: [string, AudioFeatures][] = [
      ['slow', features(90.4, 'A', 'minor', -20)],
      ['house', features(124, 'F#', 'minor', -8)],
      ['techno', features(128.5, 'A', 'minor', -7)],
      ['dnb', features(174, 'C', 'major', -9)],
    ];
    for (const [name, f] of rows) {
      ids[name] = randomUUID();
      await tx.run((manager) => results.saveIn(manager, ids[name]!, 'v1', f, 1000));
    }
  });

  const list = (query: Parameters<TrackAnalyses['list']>[0] extends infer Q ? Partial<Q> : never) =>
    results.list({ page: 1, pageSize: 50, sortKey: 'bpm', sortDirection: 'asc', ...query });
  const names = (page: { records: { trackId: string }[] }) =>
    page.records.map((r) => Object.keys(ids).find((name) => ids[name] === r.trackId));

  it('filters by a BPM range and sorts by BPM', async () => {
    expect(names(await list({ bpmMin: 120, bpmMax: 130 }))).toEqual(['house', 'techno']);
    expect(names(await list({ sortDirection: 'desc' }))).toEqual(['dnb', 'techno', 'house', 'slow']);
  });

  it('filters by key whatever its case', async () => {
    expect(names(await list({ key: 'a MINOR' }))).toEqual(['slow', 'techno']);
  });

  it('filters by an energy range and sorts by energy', async () => {
    const loud = await list({ energyMin: 0.5, sortKey: 'energy', sortDirection: 'desc' });
    expect(names(loud)).toEqual(['techno', 'house', 'dnb']);
    expect(loud.totalRecords).toBe(3);
  });

  it('pages with the total of all matches', async () => {
    const page = await list({ page: 2, pageSize: 3 });
    expect(names(page)).toEqual(['dnb']);
    expect(page.totalRecords).toBe(4);
  });

  it('replaces a track’s result in place, and tells which tracks are current', async () => {
    await tx.run((manager) => results.saveIn(manager, ids['slow']!, 'v2', features(91, 'D', 'major', -19), 2000));
    expect((await results.find(ids['slow']!))?.musicalKey).toBe('D major');
    expect(await results.currentAmong(Object.values(ids), 'v2')).toEqual(new Set([ids['slow']]));
  });
});

describe('LibraryIndex.list by audio features', () => {
  const titles: Record<string, string> = {};

  beforeAll(async () => {
    for (const [title, bpm, key, lufs] of [
      ['Lounge', 92, 'D', -22],
      ['Warehouse', 126, 'A', -7],
      ['Jungle', 172, 'A', -8],
    ] as const) {
      const id = await addLibraryTrack('Feature Test', title, 10_000);
      titles[id] = title;
      await tx.run((manager) => results.saveIn(manager, id, 'v1', features(bpm, key, 'minor', lufs), 1000));
    }
    titles[await addLibraryTrack('Feature Test', 'Unanalysed', 10_000)] = 'Unanalysed';
  });

  const list = (query: Partial<Parameters<LibraryIndex['list']>[0]>) =>
    new LibraryIndex(tx).list({
      artist: 'feature test',
      sortKey: 'artist',
      sortDirection: 'asc',
      page: 1,
      pageSize: 50,
      ...query,
    });
  const listed = async (query: Partial<Parameters<LibraryIndex['list']>[0]>) => {
    const [records, total] = await list(query);
    return { titles: records.map((r) => titles[r.id]), total };
  };

  it('keeps analysed tracks in a BPM range, a key and an energy range', async () => {
    expect(await listed({ bpmMin: 120, bpmMax: 180, sortKey: 'bpm' })).toEqual({
      titles: ['Warehouse', 'Jungle'],
      total: 2,
    });
    expect((await listed({ key: 'A minor', sortKey: 'title' })).titles).toEqual(['Jungle', 'Warehouse']);
    expect((await listed({ energyMax: 0.5 })).titles).toEqual(['Lounge']);
  });

  it('sorts by BPM or energy either way, unanalysed tracks last', async () => {
    expect((await listed({ sortKey: 'bpm', sortDirection: 'desc' })).titles).toEqual([
      'Jungle',
      'Warehouse',
      'Lounge',
      'Unanalysed',
    ]);
    expect((await listed({ sortKey: 'energy' })).titles).toEqual(['Lounge', 'Jungle', 'Warehouse', 'Unanalysed']);
  });
});

describe('LastfmTagStore', () => {
  it('picks tracks with an artist and a title, never tagged, or changed since a time', async () => {
    const old = await addLibraryTrack('Cher', 'Believe', 1_000);
    const recent = await addLibraryTrack('Radiohead', 'Paranoid Android', 5_000);
    const mine = new Set([old, recent, await addLibraryTrack(null, 'No Artist', 5_000)]);
    mine.add(await addLibraryTrack('No Title', '  ', 5_000));
    // The other tests' tracks share the database.
    const tracksToTag = async (since?: number) => (await tagStore.tracksToTag(since)).filter((t) => mine.has(t.id));
    expect((await tracksToTag()).map((t) => t.id).sort()).toEqual([old, recent].sort());

    await tagStore.save({
      trackId: recent,
      status: 'tagged',
      tags: [{ name: 'rock', kind: 'genre', count: 69, from: 'track' }],
      syncedAt: 6_000,
    });
    expect((await tracksToTag()).map((t) => t.id)).toEqual([old]);
    expect((await tracksToTag(4_000)).map((t) => t.title)).toEqual(['Paranoid Android']);
    expect(await tagStore.find(recent)).toEqual({
      trackId: recent,
      status: 'tagged',
      tags: [{ name: 'rock', kind: 'genre', count: 69, from: 'track' }],
      syncedAt: 6_000,
    });
  });
});
