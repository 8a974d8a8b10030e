import { readdir, writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { PermanentError } from '@app/core';
import { isAbortError, ProcessRunner } from '@app/platform';
import type { OutputPolicy } from '../src/ffmpeg/build-ffmpeg-args.js';
import { FfmpegRunner } from '../src/ffmpeg/ffmpeg.runner.js';
import { cutInHalf, generateAudio, generateMusicVideo, makeTempDir, streamTypes } from '@app/testing';

const SECONDS = 6;
const sine = (seconds = SECONDS) => `sine=frequency=440:duration=${seconds}`;

const SOURCES: Record<string, string[]> = {
  'opus.opus': ['-c:a', 'libopus', '-b:a', '96k'],
  'aac.m4a': ['-c:a', 'aac', '-b:a', '128k'],
  'mp3.mp3': ['-c:a', 'libmp3lame', '-b:a', '192k'],
  'flac.flac': ['-c:a', 'flac'],
  'wav.wav': ['-c:a', 'pcm_s16le'],
};

let dir: { path: string; remove(): Promise<void> };
let ffmpeg: FfmpegRunner;
const src = (name: string) => join(dir.path, name);

beforeAll(async () => {
  dir = await makeTempDir('ffmpeg-int');
  ffmpeg = new FfmpegRunner(new ProcessRunner(), { ffmpeg: 'ffmpeg', ffprobe: 'ffprobe', timeoutMs: 120_000 });
  for (const [name, encode] of Object.entries(SOURCES)) await generateAudio(src(name), sine(), encode);
  await generateMusicVideo(src('video.mp4'), SECONDS);
});

afterAll(() => dir.remove());

describe('convert', () => {
  it.each<[string, OutputPolicy, string, string, boolean]>([
    ['opus.opus', 'original', 'opus', '.opus', false],
    ['opus.opus', 'mp3-v0', 'mp3', '.mp3', true],
    ['opus.opus', 'mp3-320', 'mp3', '.mp3', true],
    ['aac.m4a', 'original', 'aac', '.m4a', false],
    ['aac.m4a', 'mp3-320', 'mp3', '.mp3', true],
    ['mp3.mp3', 'original', 'mp3', '.mp3', false],
    ['mp3.mp3', 'mp3-v0', 'mp3', '.mp3', false],
    ['mp3.mp3', 'mp3-320', 'mp3', '.mp3', false],
    ['flac.flac', 'original', 'flac', '.flac', false],
    ['flac.flac', 'flac', 'flac', '.flac', false],
    ['flac.flac', 'mp3-v0', 'mp3', '.mp3', true],
    ['wav.wav', 'original', 'flac', '.flac', true],
    ['wav.wav', 'flac', 'flac', '.flac', true],
    ['wav.wav', 'mp3-320', 'mp3', '.mp3', true],
    ['video.mp4', 'original', 'aac', '.m4a', false],
  ])('%s under %s → %s', async (name, policy, codec, extension, reencoded) => {
    const out = await makeTempDir('ffmpeg-out');
    try {
      const converted = await ffmpeg.convert(src(name), out.path, policy);
      expect(converted).toMatchObject({ reencoded, result: { codec } });
      expect(extname(converted.output)).toBe(extension);
      expect(await readdir(out.path)).toEqual([`${name.split('.')[0]}${extension}`]);
      // Encoder delay and padding move the end by a frame or two, never by more.
      expect(Math.abs(converted.result.durationMs - converted.source.durationMs)).toBeLessThanOrEqual(150);
      expect(await streamTypes(converted.output)).toEqual(['audio']);
      if (policy === 'mp3-320' && reencoded) expect(converted.result.bitrate).toBe(320_000);
    } finally {
      await out.remove();
    }
  });

  it.each([['opus.opus'], ['aac.m4a'], ['mp3.mp3']])(
    'a copy of %s keeps codec, bitrate and sample rate',
    async (name) => {
      const out = await makeTempDir('ffmpeg-copy');
      try {
        const { source, result } = await ffmpeg.convert(src(name), out.path, 'original');
        expect(result.codec).toBe(source.codec);
        expect(result.sampleRate).toBe(source.sampleRate);
        // Only the container overhead may differ; a re-encode would land on the encoder's own default.
        expect(Math.abs((result.bitrate ?? 0) - (source.bitrate ?? 0)) / (source.bitrate ?? 1)).toBeLessThan(0.03);
      } finally {
        await out.remove();
      }
    },
  );

  it.each([['opus.opus'], ['aac.m4a'], ['mp3.mp3']])('refuses flac from lossy %s and writes nothing', async (name) => {
    const out = await makeTempDir('ffmpeg-refused');
    try {
      const attempt = ffmpeg.convert(src(name), out.path, 'flac');
      await expect(attempt).rejects.toThrow(PermanentError);
      await expect(attempt).rejects.toThrow(/^flac from a lossy source would pretend to be lossless/);
      expect(await readdir(out.path)).toEqual([]);
    } finally {
      await out.remove();
    }
  });

  it('stops a long transcode on abort and leaves no output', async () => {
    const long = await generateAudio(src('ten-minutes.wav'), 'sine=frequency=440:duration=600', ['-c:a', 'pcm_s16le']);
    const out = await makeTempDir('ffmpeg-abort');
    try {
      const controller = new AbortController();
      const started = Date.now();
      setTimeout(() => controller.abort(new Error('job cancelled')), 300);
      const error = await ffmpeg
        .convert(long, out.path, 'mp3-v0', { signal: controller.signal })
        .catch((e: unknown) => e);
      expect(isAbortError(error)).toBe(true);
      expect(Date.now() - started).toBeLessThan(3000);
      expect(await readdir(out.path)).toEqual([]);
    } finally {
      await out.remove();
    }
  });

  it('calls an HTML page saved as .mp3 a permanent failure', async () => {
    await writeFile(src('page.mp3'), '<!doctype html><title>Sign in to confirm you are not a bot</title>');
    await expect(ffmpeg.probe(src('page.mp3'))).rejects.toThrow(PermanentError);
  });
});

describe('analyse and verify', () => {
  // BS.1770: a mono 1 kHz sine measures 3.01 dB below its peak in LUFS; a second identical channel adds 3.01 dB.
  it.each([
    ['mono, peak -20 dBFS', 'mono', 0.1, -23.0, -20],
    ['stereo, peak -20 dBFS', 'stereo', 0.1, -20.0, -20],
    ['mono, peak -6 dBFS', 'mono', 0.5, -9.0, -6],
  ])('measures the loudness of a 1 kHz sine, %s', async (_name, layout, amplitude, lufs, peakDbfs) => {
    const lavfi = `aevalsrc=${amplitude}*sin(2*PI*1000*t):s=48000:c=${layout}:d=10`;
    const file = await generateAudio(src(`sine-${layout}-${amplitude}.flac`), lavfi, ['-c:a', 'flac']);
    const { loudness } = await ffmpeg.analyse(file);
    expect(loudness?.integratedLufs).toBeGreaterThanOrEqual(lufs - 1);
    expect(loudness?.integratedLufs).toBeLessThanOrEqual(lufs + 1);
    expect(loudness?.trackGainDb).toBeCloseTo(-18 - (loudness?.integratedLufs ?? 0), 5);
    expect(loudness?.truePeakDbfs).toBeGreaterThanOrEqual(peakDbfs - 0.5);
    expect(loudness?.truePeakDbfs).toBeLessThanOrEqual(peakDbfs + 0.5);
    expect(loudness?.trackPeak).toBeCloseTo(amplitude, 1);
  });

  it('keeps a good file whose length matches', async () => {
    const { verdict, analysis } = await ffmpeg.verify(src('opus.opus'), { expectedDurationMs: 7_000 });
    expect(verdict).toEqual({ ok: true });
    expect(analysis.decodeErrors).toEqual([]);
    expect(analysis.silence.silentMs).toBe(0);
  });

  it('names a duration mismatch', async () => {
    const { verdict } = await ffmpeg.verify(src('aac.m4a'), { expectedDurationMs: 16_000 });
    expect(verdict).toEqual({ ok: false, reasons: ['duration 0:06 vs expected 0:16 (10 s short)'] });
  });

  it('rejects a silence-only file', async () => {
    const file = await generateAudio(src('silence.opus'), 'anullsrc=r=48000:cl=stereo:d=8', ['-c:a', 'libopus']);
    const { verdict } = await ffmpeg.verify(file, { expectedDurationMs: 8_000 });
    expect(verdict).toEqual({ ok: false, reasons: ['silent for 100 % of the file'] });
  });

  it('sees an mp3 cut in half: the header still claims the full length', async () => {
    const whole = await generateAudio(src('whole.mp3'), sine(20), ['-c:a', 'libmp3lame', '-b:a', '128k']);
    const half = await cutInHalf(whole, src('half.mp3'));
    const { verdict } = await ffmpeg.verify(half);
    expect(verdict.ok).toBe(false);
    expect(!verdict.ok && verdict.reasons).toEqual([
      expect.stringMatching(/^the file is truncated: it declares 0:20 but only 0:1\d decodes$/),
    ]);
  });

  it('sees an m4a cut in half: decoding stops with errors', async () => {
    const whole = await generateAudio(src('whole.m4a'), sine(20), ['-c:a', 'aac', '-movflags', '+faststart']);
    const half = await cutInHalf(whole, src('half.m4a'));
    const { verdict, analysis } = await ffmpeg.verify(half);
    expect(analysis.decodeErrors.length).toBeGreaterThan(0);
    expect(verdict.ok).toBe(false);
    expect(!verdict.ok && verdict.reasons).toContain('the file is truncated: decoding stopped with errors');
  });

  it('calls an m4a cut before its index unreadable', async () => {
    const whole = await generateAudio(src('no-faststart.m4a'), sine(20), ['-c:a', 'aac']);
    const half = await cutInHalf(whole, src('half-no-faststart.m4a'));
    await expect(ffmpeg.verify(half)).rejects.toThrow(/half-no-faststart.m4a is not a readable audio file/);
  });
});
