// STORING on real files and a real database: the naming template's path, dedup against the index (recording id,
// ISRC, bytes), the upgrade policies, the archive folder for unsettled metadata, never overwriting a different
// file, containment of hostile titles, and a re-run after a crash that stores nothing twice.
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { Logger } from '@nestjs/common';
import { JobKind, JobState, type TrackMetadata } from '@app/contracts';
import type { AppConfig, UpgradePolicy } from '@app/config';
import { buildDataSourceOptions, openDataSource, SettingsStore, TransactionRunner } from '@app/db';
import type { StepContext, StepOutcome } from '@app/jobs';
import { LIBRARY_ENTITIES, LibraryIndex } from '@app/library';
import { LibraryFiles } from '../src/store/library-files.service.js';
import { NamingSettings } from '../src/naming/naming-settings.service.js';
import { TrackNamer } from '../src/naming/track-namer.service.js';
import { TagReader, TagWriter } from '@app/tagger';
import { freshDatabase, generateAudio, makeTempDir, makeTestConfig } from '@app/testing';
import type { DataSource } from 'typeorm';
import { StoreTrackStep } from '../src/steps/store-track.step.js';

const NUMB: TrackMetadata = {
  title: 'Numb',
  artists: ['Linkin Park'],
  album: 'Meteora',
  albumArtists: ['Linkin Park'],
  releaseDate: '2003-03-25',
  trackNumber: 13,
  trackTotal: 13,
  discNumber: 1,
  discTotal: 1,
  isrc: 'USWB10300474',
  releaseType: 'Album',
  musicbrainz: {
    recordingId: '9f4ec3f4-0a4f-4a0d-a2ea-3f1c1e5b8b6b',
    releaseId: '7f6c5bd5-5e4a-4b4f-8a0c-1c1c1c1c1c1c',
  },
  source: 'musicbrainz',
};

let dir: { path: string; remove(): Promise<void> };
let dataSource: DataSource;
let tx: TransactionRunner;
let index: LibraryIndex;
let config: AppConfig;
let mp3: string;
let flac: string;
const writer = new TagWriter();

async function tagged(source: string, metadata: TrackMetadata, name: string): Promise<string> {
  const file = join(dir.path, 'tmp', name);
  await writeFile(file, await readFile(source));
  await writer.write(file, { metadata }, { id3Version: 4 });
  return file;
}

function step(policy: UpgradePolicy = 'keep-existing'): StoreTrackStep {
  const settings: AppConfig = { ...config, library: { ...config.library, upgradePolicy: policy } };
  const namer = new TrackNamer(new NamingSettings(settings, new SettingsStore(tx)));
  return new StoreTrackStep(new LibraryFiles(settings), namer, index, new TagReader(), settings);
}

function context(jobId: string, data: Record<string, unknown>): StepContext {
  return {
    job: {
      id: jobId,
      kind: JobKind.Track,
      query: 'q',
      options: {},
      state: JobState.Storing,
      data,
      attempt: 1,
      parentId: null,
    },
    signal: new AbortController().signal,
    logger: new Logger('test'),
    progress: () => undefined,
  };
}

/** Runs the step and commits its writes as the engine would. */
async function storeJob(sut: StoreTrackStep, jobId: string, file: string, metadata: TrackMetadata, extra = {}) {
  const outcome = await sut.run(
    context(jobId, { audio: { file }, metadata, tagged: { file, coverEmbedded: false, format: 'x' }, ...extra }),
  );
  if (outcome.persist) await tx.run((manager) => outcome.persist!(manager));
  return outcome as StepOutcome & { result: Record<string, unknown> };
}

async function libraryFiles(): Promise<string[]> {
  const found: string[] = [];
  const walk = async (folder: string): Promise<void> => {
    for (const entry of await readdir(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) await walk(path);
      else found.push(relative(config.paths.libraryRoot, path).split(sep).join('/'));
    }
  };
  await walk(config.paths.libraryRoot);
  return found.sort();
}

beforeAll(async () => {
  const media = await makeTempDir('truetrack-store-media');
  mp3 = await generateAudio(join(media.path, 'a.mp3'), 'sine=frequency=440:duration=2', [
    '-c:a',
    'libmp3lame',
    '-b:a',
    '128k',
  ]);
  flac = await generateAudio(join(media.path, 'a.flac'), 'sine=frequency=440:duration=2', ['-c:a', 'flac']);
});

beforeEach(async () => {
  dir = await makeTempDir('truetrack-store-step');
  config = makeTestConfig({ paths: { libraryRoot: join(dir.path, 'library') } });
  await mkdir(config.paths.libraryRoot);
  await mkdir(join(dir.path, 'tmp'));
  dataSource = await openDataSource(buildDataSourceOptions(await freshDatabase(dir.path), LIBRARY_ENTITIES));
  tx = new TransactionRunner(dataSource);
  index = new LibraryIndex(tx);
});

afterEach(async () => {
  await dataSource.destroy();
  await dir.remove();
});

describe('StoreTrackStep', () => {
  it('stores a settled track at its template path and indexes it with the job and fingerprint', async () => {
    const file = await tagged(mp3, NUMB, 'numb.mp3');
    const outcome = await storeJob(step(), 'job-1', file, NUMB, {
      fingerprint: { raw: '1,2,3', compressed: 'AQ', durationSec: 2 },
    });

    expect(outcome.next).toBe(JobState.Finalized);
    expect(outcome.result).toMatchObject({ outcome: 'stored', path: 'Linkin Park/Meteora (2003)/13 - Numb.mp3' });
    expect(await libraryFiles()).toEqual(['Linkin Park/Meteora (2003)/13 - Numb.mp3']);
    const row = await index.findByPath('Linkin Park/Meteora (2003)/13 - Numb.mp3');
    expect(row).toMatchObject({
      jobId: 'job-1',
      fingerprint: '1,2,3',
      title: 'Numb',
      mbRecordingId: NUMB.musicbrainz.recordingId,
    });
    expect(row?.id).toBe(outcome.result['trackId']);
  });

  it('stores the same file once when the step runs again after a crash before its commit', async () => {
    const file = await tagged(mp3, NUMB, 'numb.mp3');
    const sut = step();
    await sut.run(
      context('job-1', { audio: { file }, metadata: NUMB, tagged: { file, coverEmbedded: false, format: 'mp3' } }),
    );
    const again = await storeJob(sut, 'job-1', file, NUMB);

    expect(again.result['outcome']).toBe('stored');
    expect(await libraryFiles()).toEqual(['Linkin Park/Meteora (2003)/13 - Numb.mp3']);
    expect(await index.count()).toBe(1);
  });

  it('links a second request for the same recording to the file already there', async () => {
    const first = await storeJob(step(), 'job-1', await tagged(mp3, NUMB, 'one.mp3'), NUMB);
    const second = await storeJob(step(), 'job-2', await tagged(mp3, { ...NUMB, album: 'Other' }, 'two.mp3'), {
      ...NUMB,
      album: 'Other',
    });

    expect(second.next).toBe(JobState.Finalized);
    expect(second.result).toMatchObject({ outcome: 'existing', trackId: first.result['trackId'] });
    expect(second.reason).toContain('MusicBrainz recording id');
    expect(await libraryFiles()).toHaveLength(1);
  });

  it('lets only one of two jobs that stored one song at the same moment commit; the other backs out', async () => {
    const sut = step();
    // Two downloads of one recording: not the same bytes (here another ISRC in the tags).
    const run = async (jobId: string, name: string, metadata: TrackMetadata) => {
      const file = await tagged(mp3, metadata, name);
      return sut.run(
        context(jobId, { audio: { file }, metadata, tagged: { file, coverEmbedded: false, format: 'mp3' } }),
      );
    };
    // Both looked before either committed: neither saw the other's file.
    const [first, second] = await Promise.all([
      run('job-1', 'one.mp3', NUMB),
      run('job-2', 'two.mp3', { ...NUMB, isrc: 'USWB10300475' }),
    ]);
    expect(await libraryFiles()).toHaveLength(2);

    await tx.run((manager) => first.persist!(manager));
    await expect(tx.run((manager) => second.persist!(manager))).rejects.toThrow(/stored by another job meanwhile/);
    // Whichever took the plain name, only the committed job's file stays.
    const kept = (first.result as { path: string }).path;
    expect(await libraryFiles()).toEqual([kept]);
    expect(await index.count()).toBe(1);

    const retried = await storeJob(sut, 'job-2', await tagged(mp3, NUMB, 'three.mp3'), NUMB);
    expect(retried.result).toMatchObject({ outcome: 'existing', path: kept });
    expect(await libraryFiles()).toEqual([kept]);
  });

  it('finds the duplicate by ISRC when the new metadata has no recording id', async () => {
    await storeJob(step(), 'job-1', await tagged(mp3, NUMB, 'one.mp3'), NUMB);
    const byIsrc = { ...NUMB, musicbrainz: {} };
    const second = await storeJob(step(), 'job-2', await tagged(mp3, byIsrc, 'two.mp3'), byIsrc);
    expect(second.result).toMatchObject({ outcome: 'existing', duplicateOf: { basis: 'ISRC' } });
  });

  it('keeps the existing copy of a better file by default, and says why', async () => {
    await storeJob(step(), 'job-1', await tagged(mp3, NUMB, 'one.mp3'), NUMB);
    const better = await storeJob(step('keep-existing'), 'job-2', await tagged(flac, NUMB, 'two.flac'), NUMB);
    expect(better.result['outcome']).toBe('existing');
    expect(better.reason).toMatch(/better .*policy is keep-existing/);
    expect(await libraryFiles()).toEqual(['Linkin Park/Meteora (2003)/13 - Numb.mp3']);
  });

  it('replaces the existing copy with a lossless one under the replace policy, keeping the track id', async () => {
    const first = await storeJob(step(), 'job-1', await tagged(mp3, NUMB, 'one.mp3'), NUMB);
    const better = await storeJob(step('replace'), 'job-2', await tagged(flac, NUMB, 'two.flac'), NUMB);

    expect(better.result).toMatchObject({ outcome: 'replaced', trackId: first.result['trackId'] });
    expect(await libraryFiles()).toEqual(['Linkin Park/Meteora (2003)/13 - Numb.flac']);
    expect(await index.count()).toBe(1);
    expect((await index.findById(String(first.result['trackId'])))?.format).toBe('flac');
  });

  it('keeps both copies under the keep-both policy', async () => {
    await storeJob(step(), 'job-1', await tagged(mp3, NUMB, 'one.mp3'), NUMB);
    const both = await storeJob(step('keep-both'), 'job-2', await tagged(flac, NUMB, 'two.flac'), NUMB);

    expect(both.result).toMatchObject({ outcome: 'kept-both', duplicateOf: { basis: 'MusicBrainz recording id' } });
    expect(await libraryFiles()).toEqual([
      'Linkin Park/Meteora (2003)/13 - Numb.flac',
      'Linkin Park/Meteora (2003)/13 - Numb.mp3',
    ]);
    expect(await index.count()).toBe(2);
  });

  it('puts a track whose metadata is not settled into the archive folder and says so', async () => {
    const unsure: TrackMetadata = {
      title: 'Numb (Official Video)',
      artists: ['LinkinParkVEVO'],
      musicbrainz: {},
      source: 'youtube_music',
    };
    const outcome = await storeJob(step(), 'job-1', await tagged(mp3, unsure, 'v.mp3'), unsure);
    expect(outcome.result).toMatchObject({
      outcome: 'archived',
      path: '_unsorted/LinkinParkVEVO - Numb (Official Video).mp3',
    });
    expect(outcome.reason).toContain('archive folder');
  });

  it('never overwrites a different file that already has the name, storing beside it', async () => {
    const target = join(config.paths.libraryRoot, 'Linkin Park', 'Meteora (2003)');
    await mkdir(target, { recursive: true });
    await writeFile(join(target, '13 - Numb.mp3'), 'not the same bytes');
    const outcome = await storeJob(step(), 'job-1', await tagged(mp3, NUMB, 'numb.mp3'), NUMB);
    expect(outcome.result['path']).toBe('Linkin Park/Meteora (2003)/13 - Numb (2).mp3');
    expect((await stat(join(target, '13 - Numb.mp3'))).size).toBe('not the same bytes'.length);
  });

  it('keeps hostile titles and artists inside the library root', async () => {
    const hostile: TrackMetadata = {
      ...NUMB,
      title: '../../../etc/passwd',
      artists: ['..\\..\\x'],
      albumArtists: ['..'],
      album: '/abs\u0000olute',
    };
    const outcome = await storeJob(step(), 'job-1', await tagged(mp3, hostile, 'h.mp3'), hostile);
    const stored = resolve(config.paths.libraryRoot, String(outcome.result['path']));
    expect(stored.startsWith(resolve(config.paths.libraryRoot) + sep)).toBe(true);
    expect(await libraryFiles()).toHaveLength(1);
  });

  it('goes back to TAGGING when the tagged file was cleaned away before a retry', async () => {
    const gone = join(dir.path, 'tmp', 'gone.mp3');
    const outcome = await step().run(
      context('job-1', {
        audio: { file: gone },
        metadata: NUMB,
        tagged: { file: gone, coverEmbedded: false, format: 'mp3' },
      }),
    );
    expect(outcome).toMatchObject({ next: JobState.Tagging, data: { tagged: null } });
    expect(await libraryFiles()).toEqual([]);
  });

  it('takes back exactly the files it stored when the job is cancelled before the outcome lands', async () => {
    const file = await tagged(mp3, NUMB, 'numb.mp3');
    const lrc = join(dir.path, 'tmp', 'numb.lrc');
    await writeFile(lrc, '[00:01.00]Numb\n');
    const data = {
      audio: { file },
      metadata: NUMB,
      tagged: { file, lrcFile: lrc, coverEmbedded: false, format: 'mp3' },
    };
    const outcome = await step().run(context('job-1', data));
    expect(await libraryFiles()).toEqual([
      'Linkin Park/Meteora (2003)/13 - Numb.lrc',
      'Linkin Park/Meteora (2003)/13 - Numb.mp3',
    ]);

    await outcome.discard!();
    expect(await libraryFiles()).toEqual([]);
    expect(await index.count()).toBe(0);
  });

  it('takes back nothing when the file was already there', async () => {
    const file = await tagged(mp3, NUMB, 'numb.mp3');
    const data = { audio: { file }, metadata: NUMB, tagged: { file, coverEmbedded: false, format: 'mp3' } };
    await step().run(context('job-1', data));
    const again = await step().run(context('job-1', data));

    await again.discard!();
    expect(await libraryFiles()).toEqual(['Linkin Park/Meteora (2003)/13 - Numb.mp3']);
  });
});
