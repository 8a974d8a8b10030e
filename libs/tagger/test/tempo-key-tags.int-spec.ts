// BPM and initial key written into real files of every format over a full set of tags, then read back by
// TrueTrack and by two independent readers (music-metadata, mutagen): each must see the value in the field DJ
// software reads, and every other tag must survive.
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { TagReader, TagWriter, TempoKeyTags } from '@app/tagger';
import { TagFileError } from '../src/tag-file.error.js';
import { generateAudio, makeTempDir } from '@app/testing';
import { FORMAT_CASES, type FormatCase, TONE } from './support/audio-formats.js';
import { FULL_TAGS } from './support/full-tags.js';
import { parseWithMusicMetadata } from './support/music-metadata-view.js';
import { readWithMutagen } from './support/mutagen-view.js';
import type { TagFamily } from './support/tag-view.js';

/** The native field names mutagen and music-metadata report, per tag family. */
const NATIVE_KEYS: Record<TagFamily, { bpm: string; key: string }> = {
  id3: { bpm: 'TBPM', key: 'TKEY' },
  mp4: { bpm: 'tmpo', key: '----:com.apple.iTunes:initialkey' },
  vorbis: { bpm: 'BPM', key: 'INITIALKEY' },
};

let work: { path: string; remove(): Promise<void> };
const tags = new TempoKeyTags();

beforeAll(async () => {
  work = await makeTempDir('truetrack-tempo-key');
});

afterAll(() => work.remove());

async function taggedFile(c: FormatCase): Promise<string> {
  const file = join(work.path, `${c.name.replace(/\W+/g, '-')}.${c.format}`);
  await generateAudio(file, TONE, ['-ac', '2', ...c.encode]);
  await new TagWriter().write(file, FULL_TAGS, { id3Version: c.id3Version });
  return file;
}

describe.each(FORMAT_CASES)('$name', (c) => {
  let file: string;

  beforeAll(async () => {
    file = await taggedFile(c);
    await tags.write(file, { bpm: 127.6, initialKey: 'F#m' });
  });

  it('reads back the rounded BPM and the key', () => {
    expect(tags.read(file)).toEqual({ bpm: 128, initialKey: 'F#m' });
  });

  it('is read by music-metadata: the bpm as the track’s tempo, the key from its native field', async () => {
    const { common, native } = await parseWithMusicMetadata(file);
    // music-metadata maps TKEY to its common key, but not INITIALKEY or MP4's initialkey.
    const keys = Object.values(native)
      .flat()
      .filter((tag) => tag.id === NATIVE_KEYS[c.family].key)
      .map((tag) => tag.value);
    expect({ bpm: Number(common.bpm), keys }).toEqual({ bpm: 128, keys: ['F#m'] });
    if (c.family === 'id3') expect(common.key).toBe('F#m');
  });

  it('is read by mutagen from the native fields', async () => {
    const { items } = await readWithMutagen(file);
    const keys = NATIVE_KEYS[c.family];
    expect({ bpm: items[keys.bpm], key: items[keys.key] }).toEqual({ bpm: ['128'], key: ['F#m'] });
    if (c.family === 'vorbis') expect(items.TEMPO).toBeUndefined();
  });

  it('keeps every other tag', async () => {
    const read = await new TagReader().read(file);
    expect(read.tags.metadata.title).toBe(FULL_TAGS.metadata.title);
    expect(read.tags.metadata.artists).toEqual(FULL_TAGS.metadata.artists);
    expect(read.tags.metadata.musicbrainz.recordingId).toBe(FULL_TAGS.metadata.musicbrainz.recordingId);
  });

  it('replaces the values on a second write instead of adding to them', async () => {
    const again = join(work.path, `again-${c.name.replace(/\W+/g, '-')}.${c.format}`);
    await generateAudio(again, TONE, ['-ac', '2', ...c.encode]);
    await tags.write(again, { bpm: 90, initialKey: 'Bb' });
    await tags.write(again, { bpm: 174.2, initialKey: 'C' });
    const { items } = await readWithMutagen(again);
    const keys = NATIVE_KEYS[c.family];
    expect({ bpm: items[keys.bpm], key: items[keys.key] }).toEqual({ bpm: ['174'], key: ['C'] });
  });
});

it('fails with a TagFileError and leaves no copy behind when the file is not audio', async () => {
  const dir = join(work.path, 'broken');
  await mkdir(dir);
  const file = join(dir, 'not-audio.mp3');
  await writeFile(file, 'plain text, not an MPEG stream');
  await expect(tags.write(file, { bpm: 120, initialKey: 'C' })).rejects.toBeInstanceOf(TagFileError);
  expect(await readdir(dir)).toEqual(['not-audio.mp3']);
});
