// Rename preview and apply on real files and a real database: files move to the template path with their .lrc,
// rows follow, emptied folders go, nothing is ever moved over another file, and the archive folder stays as it is.
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { TrackMetadata } from '@app/contracts';
import type { AppConfig } from '@app/config';
import { buildDataSourceOptions, openDataSource, SettingsStore, TransactionRunner } from '@app/db';
import { fromReadResult, LIBRARY_ENTITIES, LibraryIndex } from '@app/library';
import { LibraryFiles } from '../src/store/library-files.service.js';
import { LibraryRenamer } from '../src/rename/library-renamer.service.js';
import { NamingSettings } from '../src/naming/naming-settings.service.js';
import { TrackNamer } from '../src/naming/track-namer.service.js';
import { TagReader, TagWriter } from '@app/tagger';
import { freshDatabase, generateAudio, makeTempDir, makeTestConfig } from '@app/testing';
import type { DataSource } from 'typeorm';

const NUMB: TrackMetadata = {
  title: 'Numb',
  artists: ['Linkin Park'],
  album: 'Meteora',
  releaseDate: '2003-03-25',
  trackNumber: 13,
  musicbrainz: { recordingId: '9f4ec3f4-0a4f-4a0d-a2ea-3f1c1e5b8b6b' },
  source: 'musicbrainz',
};
const FAINT: TrackMetadata = { ...NUMB, title: 'Faint', trackNumber: 7, musicbrainz: {} };
const NUMB_PATH = 'Linkin Park/Meteora (2003)/13 - Numb.mp3';

let dir: { path: string; remove(): Promise<void> };
let dataSource: DataSource;
let index: LibraryIndex;
let config: AppConfig;
let sut: LibraryRenamer;
let mp3: string;

const inLibrary = (relative: string) => join(config.paths.libraryRoot, relative);

/** A tagged file at `relative`, indexed as a scan would index it. */
async function place(relative: string, metadata: TrackMetadata | undefined): Promise<string> {
  const file = inLibrary(relative);
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, await readFile(mp3));
  if (metadata) await new TagWriter().write(file, { metadata }, { id3Version: 4 });
  const facts = await stat(file);
  const row = await index.upsert(fromReadResult(relative, facts, await new TagReader().read(file), null));
  return row.id;
}

beforeAll(async () => {
  const media = await makeTempDir('truetrack-rename-media');
  mp3 = await generateAudio(join(media.path, 'a.mp3'), 'sine=frequency=440:duration=1', ['-c:a', 'libmp3lame']);
});

beforeEach(async () => {
  dir = await makeTempDir('truetrack-rename');
  config = makeTestConfig({ paths: { libraryRoot: join(dir.path, 'library') } });
  await mkdir(config.paths.libraryRoot, { recursive: true });
  dataSource = await openDataSource(buildDataSourceOptions(await freshDatabase(dir.path), LIBRARY_ENTITIES));
  const tx = new TransactionRunner(dataSource);
  index = new LibraryIndex(tx);
  const namer = new TrackNamer(new NamingSettings(config, new SettingsStore(tx)));
  sut = new LibraryRenamer(index, namer, new LibraryFiles(config), config);
});

afterEach(async () => {
  await dataSource.destroy();
  await dir.remove();
});

describe('LibraryRenamer', () => {
  it('previews the files the templates would move, leaving archive and untagged files alone', async () => {
    const numb = await place('old stuff/numb.mp3', NUMB);
    await place('Linkin Park/Meteora (2003)/07 - Faint.mp3', FAINT);
    await place('_unsorted/LinkinParkVEVO - Numb.mp3', NUMB);
    await place('untagged.mp3', undefined);

    const preview = await sut.preview();

    expect(preview.checked).toBe(2);
    expect(preview.changes).toEqual([{ trackId: numb, from: 'old stuff/numb.mp3', to: NUMB_PATH }]);
    expect(await readdir(inLibrary('old stuff'))).toEqual(['numb.mp3']);
  });

  it('moves the file and its .lrc, updates the row and removes the folder it left empty', async () => {
    const numb = await place('old stuff/deeper/numb.mp3', NUMB);
    await writeFile(inLibrary('old stuff/deeper/numb.lrc'), '[00:01.00]x\n');

    const result = await sut.apply();

    expect(result).toEqual({
      renamed: [{ trackId: numb, from: 'old stuff/deeper/numb.mp3', to: NUMB_PATH }],
      skipped: [],
    });
    expect((await stat(inLibrary(NUMB_PATH))).isFile()).toBe(true);
    expect(await readFile(inLibrary(NUMB_PATH.replace('.mp3', '.lrc')), 'utf8')).toBe('[00:01.00]x\n');
    await expect(stat(inLibrary('old stuff'))).rejects.toThrow();
    expect((await index.findById(numb))?.path).toBe(NUMB_PATH);
    expect((await sut.preview()).changes).toEqual([]);
  });

  it('never moves a file over another one, and says so', async () => {
    const numb = await place('numb.mp3', NUMB);
    await mkdir(dirname(inLibrary(NUMB_PATH)), { recursive: true });
    await writeFile(inLibrary(NUMB_PATH), 'someone else');

    const result = await sut.apply();

    expect(result.renamed).toEqual([]);
    expect(result.skipped).toEqual([
      { trackId: numb, from: 'numb.mp3', to: NUMB_PATH, reason: `a different file already has the name ${NUMB_PATH}` },
    ]);
    expect(await readFile(inLibrary(NUMB_PATH), 'utf8')).toBe('someone else');
    expect((await stat(inLibrary('numb.mp3'))).isFile()).toBe(true);
  });

  it('marks two files that would get one name as a conflict and moves neither', async () => {
    const first = await place('a/numb.mp3', NUMB);
    const second = await place('b/numb.mp3', NUMB);

    const preview = await sut.preview();
    expect(preview.changes.map((c) => [c.trackId, c.conflict])).toEqual([
      [first, undefined],
      [second, 'a/numb.mp3 would get the same name'],
    ]);
    const result = await sut.apply([second]);
    expect(result.renamed).toEqual([]);
    expect(result.skipped[0]?.reason).toBe('a/numb.mp3 would get the same name');
  });
});
