import { join } from 'node:path';
import { probeAudio } from '@app/mixes';
import { chaptersFromStarts } from '../src/chapters/chapter.js';
import { MixSplitter } from '../src/split/mix-splitter.js';
import { ProcessRunner } from '@app/platform';
import { generateAudio, makeTempDir } from '@app/testing';

const runner = new ProcessRunner();
// Three tones whose edges fall inside FLAC blocks (189 and 420 frames are 2.52 s and 5.6 s).
const TONES = [
  { frequency: 440, frames: 189 },
  { frequency: 660, frames: 231 },
  { frequency: 880, frames: 180 },
];
const mixFrames = TONES.reduce((sum, t) => sum + t.frames, 0);
const starts = TONES.map((t, i) => ({
  title: `${t.frequency} Hz`,
  artist: 'Tone',
  startFrames: TONES.slice(0, i).reduce((sum, x) => sum + x.frames, 0),
}));

/** An lavfi graph playing the tones one after the other. */
const threeTones = (): string => {
  const inputs = TONES.map(
    (t, i) => `sine=frequency=${t.frequency}:duration=${t.frames / 75}:sample_rate=44100[t${i}]`,
  );
  return `${inputs.join(';')};[t0][t1][t2]concat=n=3:v=0:a=1`;
};

/** The loudest of the three tone frequencies in a file, by band-passing each and comparing mean volumes. */
async function dominantTone(file: string): Promise<number> {
  const levels: [number, number][] = [];
  for (const { frequency } of TONES) {
    const { stderrTail } = await runner.run('ffmpeg', [
      ...[
        '-hide_banner',
        '-nostdin',
        '-i',
        file,
        '-af',
        `bandpass=f=${frequency}:w=40,volumedetect`,
        '-f',
        'null',
        '-',
      ],
    ]);
    levels.push([frequency, Number(/mean_volume: (-?[\d.]+) dB/.exec(stderrTail)?.[1] ?? -999)]);
  }
  return levels.sort((a, b) => b[1] - a[1])[0]![0];
}

describe('MixSplitter with real ffmpeg', () => {
  let dir: Awaited<ReturnType<typeof makeTempDir>>;
  beforeAll(async () => {
    dir = await makeTempDir('mix-split');
  });
  afterAll(() => dir.remove());

  it.each([
    ['flac', ['-c:a', 'flac']],
    ['wav', ['-c:a', 'pcm_s16le']],
  ])('cuts a %s 3-tone mix at its cue points, each part right to one CD frame', async (extension, encode) => {
    const mix = join(dir.path, `three tones.${extension}`);
    await runner.run('ffmpeg', [
      ...['-hide_banner', '-nostdin', '-loglevel', 'error', '-y', '-filter_complex', threeTones()],
      ...encode,
      mix,
    ]);
    const chapters = chaptersFromStarts(starts, mixFrames).map((c, i) => ({ ...c, artist: starts[i]!.artist }));

    const sut = await new MixSplitter(runner).split(mix, chapters);

    expect(sut.sampleExact).toBe(true);
    expect(sut.parts.map((p) => p.file.slice(dir.path.length + 1))).toEqual([
      `three tones (parts)/01 - Tone - 440 Hz.${extension}`,
      `three tones (parts)/02 - Tone - 660 Hz.${extension}`,
      `three tones (parts)/03 - Tone - 880 Hz.${extension}`,
    ]);
    for (const [i, part] of sut.parts.entries()) {
      const probe = await probeAudio(runner, part.file);
      expect(Math.abs(probe.durationSeconds - TONES[i]!.frames / 75)).toBeLessThanOrEqual(1 / 75);
      expect(await dominantTone(part.file)).toBe(TONES[i]!.frequency);
    }
  });

  it('copies lossy audio without re-encoding: parts land within a codec frame or two of the cue', async () => {
    const mix = join(dir.path, 'lossy.mp3');
    await generateAudio(mix, threeTones(), ['-c:a', 'libmp3lame', '-b:a', '128k']);
    const chapters = chaptersFromStarts(starts, mixFrames).map((c, i) => ({ ...c, artist: starts[i]!.artist }));

    const sut = await new MixSplitter(runner).split(mix, chapters);

    expect(sut.sampleExact).toBe(false);
    for (const [i, part] of sut.parts.entries()) {
      const probe = await probeAudio(runner, part.file);
      expect(probe.codec).toBe('mp3');
      // Two MP3 frames of 1152 samples plus the encoder delay: about 0.06 s.
      expect(Math.abs(probe.durationSeconds - TONES[i]!.frames / 75)).toBeLessThanOrEqual(0.08);
    }
  });
});
