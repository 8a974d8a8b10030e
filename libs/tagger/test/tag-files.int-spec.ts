// TagReader and TagWriter on files TrueTrack did not make: tags from other tools, broken and foreign files.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { TagReader, TagWriter } from '@app/tagger';
import { CoverArt } from '../src/cover/cover-art.js';
import { type CoverImage } from '../src/file-tags.js';
import { TagFileError } from '../src/tag-file.error.js';
import { ProcessRunner } from '@app/platform';
import { cutInHalf, generateAudio, makeTempDir, makeTestConfig } from '@app/testing';
import { TONE } from './support/audio-formats.js';
import { FULL_TAGS } from './support/full-tags.js';

const runner = new ProcessRunner();
const reader = new TagReader();
const writer = new TagWriter();
let work: { path: string; remove(): Promise<void> };
let cover: CoverImage;

beforeAll(async () => {
  work = await makeTempDir('truetrack-tag-files');
  const png = join(work.path, 'cover.png');
  await runner.run('ffmpeg', ['-v', 'error', '-f', 'lavfi', '-i', 'testsrc2=s=300x300', '-frames:v', '1', png]);
  cover = await new CoverArt(runner, makeTestConfig()).prepare(await readFile(png), 200, { workDir: work.path });
});

afterAll(() => work.remove());

const at = (name: string) => join(work.path, name);

it('reads what other tools wrote (ffmpeg’s tags of a FLAC file)', async () => {
  const file = await generateAudio(at('foreign.flac'), TONE, [
    '-c:a',
    'flac',
    '-metadata',
    'title=Army of Me',
    '-metadata',
    'artist=Björk',
    '-metadata',
    'track=2/11',
    '-metadata',
    'date=1995',
  ]);
  const read = await reader.read(file);
  expect(read.tags).toEqual({
    metadata: {
      title: 'Army of Me',
      artists: ['Björk'],
      releaseDate: '1995',
      trackNumber: 2,
      trackTotal: 11,
      musicbrainz: {},
      source: 'tags',
    },
  });
  expect(read.audio).toEqual({
    format: 'flac',
    codec: 'flac',
    bitrate: expect.any(Number),
    sampleRate: 44100,
    channels: 1,
    durationMs: 1500,
    lossless: true,
  });
  expect(read.cover).toBeUndefined();
});

it('knows Opus in an .ogg file by its codec', async () => {
  const file = await generateAudio(at('opus-inside.ogg'), TONE, ['-c:a', 'libopus']);
  expect((await reader.read(file)).audio).toMatchObject({ format: 'opus', codec: 'opus', sampleRate: 48000 });
});

it('replaces everything a file held: other tools’ fields and pictures go', async () => {
  const file = await generateAudio(at('retag.mp3'), TONE, ['-c:a', 'libmp3lame', '-metadata', 'comment=ripped by X']);
  await writer.write(file, FULL_TAGS, { cover, id3Version: 4 });
  expect((await reader.read(file)).cover).toMatchObject({ mimeType: 'image/jpeg', width: 200, height: 200 });

  await writer.write(
    file,
    { metadata: { title: 'Isobel', artists: ['Björk'], musicbrainz: {}, source: 'itunes' } },
    { id3Version: 4 },
  );
  const read = await reader.read(file);
  expect(read.tags).toEqual({ metadata: { title: 'Isobel', artists: ['Björk'], musicbrainz: {}, source: 'tags' } });
  expect(read.cover).toBeUndefined();
  const { stdout } = await runner.run('ffprobe', ['-v', 'error', '-show_entries', 'format_tags', '-of', 'json', file]);
  expect(JSON.parse(stdout)).toEqual({ format: { tags: { title: 'Isobel', artist: 'Björk', ARTISTS: 'Björk' } } });
});

describe('unreadable files', () => {
  it.each([
    ['random bytes named .flac', 'noise.flac', () => writeFile(at('noise.flac'), Buffer.alloc(4096, 7))],
    [
      'an HTML page named .m4a',
      'page.m4a',
      () => writeFile(at('page.m4a'), '<!DOCTYPE html><p>Sign in</p>'.repeat(50)),
    ],
    ['an empty .mp3', 'empty.mp3', () => writeFile(at('empty.mp3'), '')],
    ['random bytes named .opus', 'noise.opus', () => writeFile(at('noise.opus'), Buffer.alloc(4096, 9))],
  ])('%s: a TagFileError naming the file and why', async (_name, name, make) => {
    await make();
    const error = await reader.read(at(name)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TagFileError);
    expect((error as Error).message).toMatch(new RegExp(`^Cannot read the tags of ${escape(at(name))}: .+`));
  });

  it('a file that is not there', async () => {
    await expect(reader.read(at('gone.mp3'))).rejects.toThrow(/^Cannot read the tags of .*gone\.mp3: .*ENOENT/);
  });

  it('a format TrueTrack does not tag', async () => {
    await expect(reader.read(at('track.wav'))).rejects.toThrow(
      new TagFileError('read', at('track.wav'), 'not a format TrueTrack tags (mp3, m4a, opus, ogg, flac)'),
    );
  });

  it('a broken file is left as it was when writing fails, with no copy left behind', async () => {
    const whole = await generateAudio(at('whole.m4a'), TONE, ['-c:a', 'aac']);
    const broken = await cutInHalf(whole, at('broken.m4a'));
    const bytes = await readFile(broken);
    const before = await readdir(work.path);

    const error = await writer.write(broken, FULL_TAGS, { id3Version: 4 }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(TagFileError);
    expect((error as Error).message).toMatch(/^Cannot write the tags of .*broken\.m4a: .+/);
    expect((await readFile(broken)).equals(bytes)).toBe(true);
    expect(await readdir(work.path)).toEqual(before);
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
