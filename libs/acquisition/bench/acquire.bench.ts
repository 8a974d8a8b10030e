// What conversion and verification cost: seconds of work per minute of audio, for each output policy.
// Run through `node scripts/bench.mjs acquire [--minutes N]`, which builds dist-test first.
import 'reflect-metadata';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type OutputPolicy } from '../src/ffmpeg/build-ffmpeg-args.js';
import { FfmpegRunner } from '../src/ffmpeg/ffmpeg.runner.js';
import { ProcessRunner } from '@app/platform';
import { generateAudio } from '@app/testing';

const minutesArg = process.argv.indexOf('--minutes');
const minutes = minutesArg > 0 ? Number(process.argv[minutesArg + 1]) : 3;
const seconds = Math.round(minutes * 60);
const ffmpeg = new FfmpegRunner(new ProcessRunner(), { ffmpeg: 'ffmpeg', ffprobe: 'ffprobe', timeoutMs: 600_000 });

function generate(file: string, encode: string[]): Promise<string> {
  return generateAudio(file, `sine=frequency=440:duration=${seconds},pan=stereo|c0=c0|c1=c0`, encode);
}

async function timed(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await work();
  return (performance.now() - started) / 1000;
}

const perMinute = (s: number) => ((s / seconds) * 60).toFixed(2);

const dir = await mkdtemp(join(tmpdir(), 'truetrack-bench-acquire-'));
try {
  const opus = await generate(join(dir, 'source.opus'), ['-c:a', 'libopus', '-b:a', '160k']);
  const wav = await generate(join(dir, 'source.wav'), ['-c:a', 'pcm_s16le']);
  const runs: [string, string, OutputPolicy][] = [
    ['original (remux opus)', opus, 'original'],
    ['mp3-v0 from opus', opus, 'mp3-v0'],
    ['mp3-320 from opus', opus, 'mp3-320'],
    ['flac from wav', wav, 'flac'],
  ];
  for (const [label, source, policy] of runs) {
    const out = await mkdtemp(join(dir, 'out-'));
    const convert = await timed(() => ffmpeg.convert(source, out, policy));
    process.stdout.write(`acquire ${label}: ${perMinute(convert)} s per minute of audio\n`);
  }
  const verify = await timed(() => ffmpeg.verify(opus, { expectedDurationMs: seconds * 1000 }));
  process.stdout.write(
    `acquire verify (probe + loudness + silence, one pass): ${perMinute(verify)} s per minute of audio\n`,
  );
  process.stdout.write(`(${minutes} min of generated stereo audio per run)\n`);
} finally {
  await rm(dir, { recursive: true, force: true });
}
