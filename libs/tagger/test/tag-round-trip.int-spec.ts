// Writes every field TrueTrack knows into a real file of each format and reads it back with four independent
// readers (TrueTrack's TagReader, ffprobe, music-metadata, mutagen), which must agree field by field.
import { createHash } from 'node:crypto';
import { copyFile, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { IAudioMetadata } from 'music-metadata';
import { ProcessRunner } from '@app/platform';
import { type ReadResult, TagReader, TagWriter } from '@app/tagger';
import { CoverArt } from '../src/cover/cover-art.js';
import { type CoverImage } from '../src/file-tags.js';
import { generateAudio, makeTempDir, makeTestConfig } from '@app/testing';
import { FORMAT_CASES, type FormatCase, TONE } from './support/audio-formats.js';
import { ffprobe, type FfprobeResult, ffprobeView } from './support/ffprobe-view.js';
import { FULL_TAGS } from './support/full-tags.js';
import { musicMetadataView, parseWithMusicMetadata } from './support/music-metadata-view.js';
import { type MutagenResult, mutagenView, nativeKeys, readWithMutagen } from './support/mutagen-view.js';
import { EXPECTED_VIEW, type TagView } from './support/tag-view.js';

const MAX_EDGE = 1200;
const runner = new ProcessRunner();

interface Readings {
  file: string;
  before: FfprobeResult;
  beforeAudioMd5: string;
  ours: ReadResult;
  ourCover: CoverImage | undefined;
  ffprobe: FfprobeResult;
  musicMetadata: IAudioMetadata;
  mutagen: MutagenResult;
  afterAudioMd5: string;
}

let work: { path: string; remove(): Promise<void> };
let cover: CoverImage;
const readings = new Map<string, Readings>();

/** The audio packets' checksum: equal before and after means tagging left the audio untouched. */
async function audioMd5(file: string): Promise<string> {
  const args = ['-v', 'error', '-i', file, '-map', '0:a', '-c', 'copy', '-f', 'md5', '-'];
  return (await runner.run('ffmpeg', args)).stdout.trim();
}

async function tagAndRead(c: FormatCase, source: string): Promise<Readings> {
  const file = join(work.path, `${c.name.replace(/\W+/g, '-')}.${c.format}`);
  await copyFile(source, file);
  const before = await ffprobe(file);
  const beforeAudioMd5 = await audioMd5(file);
  await new TagWriter().write(file, FULL_TAGS, { cover, id3Version: c.id3Version });
  const reader = new TagReader();
  const [ours, ourCover, probed, musicMetadata, mutagen, afterAudioMd5] = await Promise.all([
    reader.read(file),
    reader.readCover(file),
    ffprobe(file),
    parseWithMusicMetadata(file),
    readWithMutagen(file),
    audioMd5(file),
  ]);
  return { file, before, beforeAudioMd5, ours, ourCover, ffprobe: probed, musicMetadata, mutagen, afterAudioMd5 };
}

beforeAll(async () => {
  work = await makeTempDir('truetrack-tags');
  const config = makeTestConfig();
  const png = join(work.path, 'cover.png');
  await runner.run('ffmpeg', ['-v', 'error', '-f', 'lavfi', '-i', 'testsrc2=s=1600x1600', '-frames:v', '1', png]);
  cover = await new CoverArt(runner, config).prepare(await readFile(png), MAX_EDGE, { workDir: work.path });
  const sources = new Map<string, string>();
  for (const c of FORMAT_CASES) {
    if (!sources.has(c.format)) {
      const source = join(work.path, `source.${c.format}`);
      sources.set(c.format, await generateAudio(source, TONE, ['-ac', '2', ...c.encode]));
    }
  }
  const all = await Promise.all(FORMAT_CASES.map((c) => tagAndRead(c, sources.get(c.format)!)));
  FORMAT_CASES.forEach((c, i) => readings.set(c.name, all[i]!));
});

afterAll(() => work.remove());

const sha1 = (data: Buffer) => createHash('sha1').update(data).digest('hex');
const isV23 = (c: FormatCase) => c.format === 'mp3' && c.id3Version === 3;

/** ID3v2.3 keeps the original release as a year (TORY); the rest of the tag set survives in every format. */
function expectedView(c: FormatCase): TagView {
  return isV23(c) ? { ...EXPECTED_VIEW, originalDate: '1999' } : EXPECTED_VIEW;
}

describe.each(FORMAT_CASES)('$name', (c) => {
  const read = () => readings.get(c.name)!;

  it('reads back every field with TrueTrack’s TagReader, and the cover as embedded', () => {
    const { ours, ourCover } = read();
    const metadata = { ...FULL_TAGS.metadata, source: 'tags' };
    expect(ours.tags).toEqual({
      ...FULL_TAGS,
      metadata: isV23(c) ? { ...metadata, originalDate: '1999' } : metadata,
    });
    expect(ours.cover).toEqual({ mimeType: 'image/jpeg', width: MAX_EDGE, height: MAX_EDGE, bytes: cover.data.length });
    expect(ourCover?.data.equals(cover.data)).toBe(true);
    expect(ours.audio).toMatchObject({ format: c.format, lossless: c.format === 'flac' });
  });

  it('agrees with mutagen, which finds exactly these fields and one front cover', () => {
    const { mutagen } = read();
    let expected = expectedView(c);
    // ID3v2.3 has no multi-valued text frames: taglib joins genres with ";", which mutagen leaves as one.
    if (isV23(c)) expected = { ...expected, genres: ['Electronic;Ambient'] };
    expect(mutagenView(mutagen, c.family)).toEqual(expected);
    const extra = c.format === 'opus' ? ['R128_TRACK_GAIN'] : [];
    expect(Object.keys(mutagen.items).sort()).toEqual([...nativeKeys(c.family), ...extra].sort());
    expect(mutagen.pictures).toEqual([
      { type: 3, mime: 'image/jpeg', bytes: cover.data.length, sha1: sha1(cover.data) },
    ]);
    if (c.format === 'mp3') {
      expect(mutagen).toMatchObject({ id3_version: `2.${c.id3Version}`, id3v1: false, ape: false });
    }
  });

  it('agrees with music-metadata', () => {
    const { musicMetadata } = read();
    let expected = expectedView(c);
    // music-metadata reads ID3v2.3 dates from TYER alone and leaves a ";"-joined TCON whole.
    if (isV23(c)) expected = { ...expected, date: '2021', genres: ['Electronic;Ambient'] };
    expect(musicMetadataView(musicMetadata, c.family)).toEqual(expected);
    const [picture, ...others] = musicMetadata.common.picture ?? [];
    expect(others).toEqual([]);
    expect(picture?.format).toBe('image/jpeg');
    expect(Buffer.from(picture?.data ?? []).equals(cover.data)).toBe(true);
  });

  it('agrees with ffprobe, which shows the cover as an attached picture no larger than the maximum edge', () => {
    const probed = read().ffprobe;
    expect(ffprobeView(probed, c.family)).toEqual(ffprobeExpectation(c));
    const pictures = probed.streams.filter((s) => s.disposition?.attached_pic === 1);
    expect(pictures).toHaveLength(1);
    expect(pictures[0]).toMatchObject({ codec_name: 'mjpeg', width: MAX_EDGE, height: MAX_EDGE });
  });

  it('leaves the audio stream untouched', () => {
    const { before, ffprobe: after, beforeAudioMd5, afterAudioMd5 } = read();
    const audio = (r: FfprobeResult) => r.streams.find((s) => s.codec_type === 'audio');
    expect(afterAudioMd5).toBe(beforeAudioMd5);
    expect(audio(after)?.codec_name).toBe(audio(before)?.codec_name);
    expect(after.format.duration).toBe(before.format.duration);
  });
});

/**
 * What ffprobe can show: one string per key. Vorbis lists come joined with ";"; of an ID3 or MP4 list it shows
 * one value (the first of an ID3 frame, the last of an MP4 item); it shows no UFID or WOAS frame at all.
 */
function ffprobeExpectation(c: FormatCase): TagView {
  const view = expectedView(c);
  if (c.family === 'vorbis') return view;
  const pick = (list: string[]) => [c.family === 'id3' ? list[0]! : list.at(-1)!];
  const lists = {
    artists: pick(view.artists!),
    albumArtists: pick(view.albumArtists!),
    artistIds: pick(view.artistIds!),
    albumArtistIds: pick(view.albumArtistIds!),
    genres: isV23(c) ? view.genres! : pick(view.genres!),
  };
  if (c.family === 'mp4') return { ...view, ...lists };
  const { recordingId: _recordingId, sourceUrl: _sourceUrl, ...seen } = view;
  return { ...seen, ...lists };
}
