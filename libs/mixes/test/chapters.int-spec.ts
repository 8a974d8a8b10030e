import { join } from 'node:path';
import { probeAudio } from '@app/mixes';
import { ChapterWriter } from '../src/chapters/chapter-writer.js';
import { chaptersFromStarts } from '../src/chapters/chapter.js';
import { ProcessRunner } from '@app/platform';
import { generateAudio, makeTempDir } from '@app/testing';

const runner = new ProcessRunner();
const MIX_SECONDS = 9;
const chapters = chaptersFromStarts(
  [
    { title: 'Glenn Miller - In The Mood', startFrames: 0 },
    { title: 'Duke Ellington - Take The "A" Train = Swing; #1', startFrames: 189 },
    { title: 'Ångström Ørkester - Ünïcödé', startFrames: 420 },
  ],
  MIX_SECONDS * 75,
);

describe('ChapterWriter with real ffmpeg, read back by ffprobe', () => {
  let dir: Awaited<ReturnType<typeof makeTempDir>>;
  beforeAll(async () => {
    dir = await makeTempDir('mix-chapters');
  });
  afterAll(() => dir.remove());

  it.each([
    ['mp3', ['-c:a', 'libmp3lame', '-b:a', '128k'], 'ffmetadata'],
    ['m4a', ['-c:a', 'aac', '-b:a', '96k'], 'ffmetadata'],
    ['opus', ['-c:a', 'libopus', '-b:a', '64k'], 'vorbis-comments-stream'],
    ['ogg', ['-c:a', 'libvorbis'], 'vorbis-comments-stream'],
    ['flac', ['-c:a', 'flac'], 'vorbis-comments-format'],
  ])('%s keeps three chapters and its own tags', async (extension, encode, method) => {
    const file = join(dir.path, `mix.${extension}`);
    await generateAudio(file, `sine=frequency=440:duration=${MIX_SECONDS}`, [
      ...encode,
      ...(extension === 'ogg' || extension === 'opus'
        ? ['-metadata:s:a:0', 'ARTIST=DJ Loopback']
        : ['-metadata', 'artist=DJ Loopback']),
    ]);
    const sut = new ChapterWriter(runner);

    await expect(sut.embed(file, chapters)).resolves.toBe(method);
    // A second run replaces the chapters rather than adding to them.
    await sut.embed(file, chapters);

    const probe = await probeAudio(runner, file);
    expect(probe.chapters.map((c) => c.title)).toEqual(chapters.map((c) => c.title));
    for (const [i, chapter] of probe.chapters.entries()) {
      // Chapters are stored to the millisecond: within one CD frame of the sheet.
      expect(Math.abs(chapter.start - chapters[i]!.startFrames / 75)).toBeLessThanOrEqual(1 / 75);
    }
    const tags = [...probe.formatTags, ...probe.streamTags].map(([k, v]) => [k.toLowerCase(), v]);
    expect(tags).toContainEqual(['artist', 'DJ Loopback']);
    expect(probe.durationSeconds).toBeGreaterThan(MIX_SECONDS - 0.1);
  });
});
