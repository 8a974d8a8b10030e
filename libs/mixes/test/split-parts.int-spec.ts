// Splitting a mix end to end on a real database and real files: a generated 3-tone FLAC mix whose lines are a
// library track, a recording the resolver found, and a line known only by its text becomes three parts beside
// it, each tagged as its own recording (read back from the file), indexed in the library and linked to the mix.
import { randomUUID } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { AppConfig } from '@app/config';
import { buildDataSourceOptions, openDataSource, TransactionRunner } from '@app/db';
import { LIBRARY_ENTITIES, LibraryIndex, LibraryTrackReads } from '@app/library';
import { MIXES_ENTITIES, probeAudio } from '@app/mixes';
import { MixSplits } from '../src/split/mix-splits.service.js';
import { MixSplitter } from '../src/split/mix-splitter.js';
import { MixStore } from '../src/store/mix-store.js';
import { PartIndexer } from '../src/split/part-indexer.js';
import { ProcessRunner } from '@app/platform';
import { TagReader, TagWriter } from '@app/tagger';
import { freshDatabase, generateAudio, makeTempDir } from '@app/testing';
import type { DataSource } from 'typeorm';
import { MixLineEntity } from '../src/store/mix-line.entity.js';
import { MixEntity } from '../src/store/mix.entity.js';

const runner = new ProcessRunner();
// Three tones whose edges fall inside FLAC blocks: the parts must still be right to one CD frame.
const TONES = [
  { frequency: 440, frames: 189 },
  { frequency: 660, frames: 231 },
  { frequency: 880, frames: 180 },
];
const threeTones = (): string => {
  const inputs = TONES.map(
    (t, i) => `sine=frequency=${t.frequency}:duration=${t.frames / 75}:sample_rate=44100[t${i}]`,
  );
  return `${inputs.join(';')};[t0][t1][t2]concat=n=3:v=0:a=1`;
};
const startMs = (i: number) => (TONES.slice(0, i).reduce((sum, t) => sum + t.frames, 0) * 1000) / 75;

const IN_THE_MOOD = {
  recordingId: '0b6f2b1c-8b1e-4f4e-9d0a-5a4c3d2e1f00',
  releaseId: '1c7e3a2d-9c2f-4a5b-8e1b-6b5d4e3f2a11',
};
const WALTZ = '2d8f4b3e-ad30-4b6c-9f2c-7c6e5f4a3b22';

let dir: Awaited<ReturnType<typeof makeTempDir>>;
let dataSource: DataSource;
let root: string;

beforeAll(async () => {
  dir = await makeTempDir('mix-split-parts');
  root = join(dir.path, 'library');
  await mkdir(join(root, 'Mixes'), { recursive: true });
  await mkdir(join(root, 'Swing'), { recursive: true });
  dataSource = await openDataSource(
    buildDataSourceOptions(await freshDatabase(dir.path), [...LIBRARY_ENTITIES, ...MIXES_ENTITIES]),
  );
});

afterAll(async () => {
  await dataSource.destroy();
  await dir.remove();
});

describe('MixSplits with real ffmpeg, tagger and database', () => {
  it('cuts a 3-tone FLAC mix into three tagged library tracks beside it, linked to the mix', async () => {
    const tx = new TransactionRunner(dataSource);
    const config = { paths: { libraryRoot: root }, tagging: { id3Version: 4 } } as unknown as AppConfig;
    const index = new LibraryIndex(tx);
    const store = new MixStore(tx, new LibraryTrackReads(tx));
    const writer = new TagWriter();
    const reader = new TagReader();
    const indexer = new PartIndexer(index, reader, config);
    const sut = new MixSplits(store, index, new MixSplitter(runner), writer, indexer, runner, config);

    const mixFile = join(root, 'Mixes/Loopback Sessions.flac');
    await generateAudio(mixFile, threeTones(), ['-c:a', 'flac']);
    const mixTrack = await indexer.add(mixFile);
    // The first line is in the library: a tagged track with its album and MusicBrainz ids.
    const moodFile = join(root, 'Swing/In The Mood.flac');
    await generateAudio(moodFile, 'sine=duration=1', ['-c:a', 'flac']);
    await writer.write(
      moodFile,
      {
        metadata: {
          title: 'In The Mood',
          artists: ['Glenn Miller'],
          album: 'The Glenn Miller Story',
          releaseDate: '1954',
          musicbrainz: IN_THE_MOOD,
          source: 'musicbrainz',
        },
      },
      { id3Version: 4 },
    );
    const mood = await indexer.add(moodFile);

    const mixId = randomUUID();
    const line = (position: number, fields: Partial<MixLineEntity>) =>
      Object.assign(new MixLineEntity(), {
        id: randomUUID(),
        mixId,
        position,
        startMs: startMs(position - 1),
        startPrecision: 'second',
        label: null,
        together: null,
        unidentified: false,
        trackId: null,
        candidates: null,
        recordingId: null,
        recordings: null,
        raw: '',
        ...fields,
      });
    const lines = [
      line(1, { artist: 'Glenn Miller', title: 'In The Mood', status: 'in-library', trackId: mood.id }),
      line(2, {
        artist: 'Pale Harbour',
        title: 'Echo Chamber Waltzz',
        status: 'missing',
        recordingId: WALTZ,
        recordings: [
          {
            recordingId: WALTZ,
            artist: 'Pale Harbour',
            title: 'Echo Chamber Waltz',
            score: 0.93,
            album: 'Night Drive',
            releaseDate: '2019-05-01',
            durationMs: 200_000,
            reasons: [],
          },
        ],
      }),
      line(3, { artist: 'Count Basie', title: 'One O Clock Jump', label: 'DECCA', status: 'missing' }),
    ];
    const now = Date.now();
    await store.save(
      Object.assign(new MixEntity(), {
        id: mixId,
        trackId: mixTrack.id,
        title: 'Loopback Sessions 001',
        tracklistSource: 'paste',
        tracklistFormat: 'timed',
        tracklistText: '',
        cuePath: null,
        chaptersMethod: null,
        createdAt: now,
        updatedAt: now,
      }),
      lines,
    );

    const { status, finished } = await sut.start(mixId);
    expect(status).toMatchObject({ state: 'running', done: 0, total: 3 });
    await finished;

    const done = await sut.status(mixId);
    expect(done).toMatchObject({ state: 'done', done: 3, total: 3, error: null, sampleExact: true });
    expect(done.parts.map((p) => [p.position, p.lineId, p.path])).toEqual([
      [1, lines[0]!.id, 'Mixes/Loopback Sessions (parts)/01 - Glenn Miller - In The Mood.flac'],
      [2, lines[1]!.id, 'Mixes/Loopback Sessions (parts)/02 - Pale Harbour - Echo Chamber Waltzz.flac'],
      [3, lines[2]!.id, 'Mixes/Loopback Sessions (parts)/03 - Count Basie - One O Clock Jump.flac'],
    ]);
    for (const part of done.parts) expect((await index.findByPath(part.path))?.id).toBe(part.trackId);

    const read = await Promise.all(done.parts.map((p) => reader.read(join(root, p.path))));
    expect(read.map((r) => r.tags.metadata)).toEqual([
      expect.objectContaining({
        title: 'In The Mood',
        artists: ['Glenn Miller'],
        album: 'The Glenn Miller Story',
        releaseDate: '1954',
        musicbrainz: expect.objectContaining(IN_THE_MOOD),
      }),
      expect.objectContaining({
        title: 'Echo Chamber Waltz',
        artists: ['Pale Harbour'],
        album: 'Night Drive',
        releaseDate: '2019-05-01',
        musicbrainz: expect.objectContaining({ recordingId: WALTZ }),
      }),
      expect.objectContaining({ title: 'One O Clock Jump', artists: ['Count Basie'], label: 'DECCA' }),
    ]);
    expect(read[2]!.tags.metadata.musicbrainz.recordingId).toBeUndefined();
    for (const [i, part] of done.parts.entries()) {
      const probe = await probeAudio(runner, join(root, part.path));
      expect(Math.abs(probe.durationSeconds - TONES[i]!.frames / 75)).toBeLessThanOrEqual(1 / 75);
    }

    // Split again: the same files and library rows, the mix's parts replaced rather than doubled.
    await (
      await sut.start(mixId)
    ).finished;
    const again = await sut.status(mixId);
    expect(again.parts.map((p) => p.trackId)).toEqual(done.parts.map((p) => p.trackId));
  });
});
