// What audio analysis costs: CPU seconds per minute of audio (ffmpeg decoding included), tracks per hour with one
// worker thread per core, and peak RSS over many tracks (flat memory is the point of recycling worker threads).
// Run through `npm run bench:analysis [-- --method multifeature|degara --windows N --tracks N --memory-only]`; a few
// minutes, the memory run over 500 thirty-second windows much longer (`--memory-only` runs just that).
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { AudioAnalyser } from '../src/extract/audio-analyser.js';
import { type RhythmMethod } from '../src/worker/raw-features.js';
import { analysisWindow } from '@app/core';
import { generateAudio } from '@app/testing';
import essentiaJs from 'essentia.js';
import { decodeWindow } from '../src/extract/decode-window.js';
import { halfRate } from '../src/worker/half-rate.js';
import { spectralFrames } from '../src/worker/spectral-frames.js';
import { onsetRate } from '../src/worker/onset-rate.js';
import { beatConfidence } from '../src/worker/beat-confidence.js';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1]! : fallback;
};
const method = arg('method', 'degara') as RhythmMethod;
const windows = Number(arg('windows', '3'));
const tracks = Number(arg('tracks', '500'));
const memoryOnly = process.argv.includes('--memory-only');
const cores = availableParallelism();
const out = (line: string) => process.stdout.write(`${line}\n`);

// A song-like 40 s signal: a chord, a kick on every beat at 124 BPM and noise hats.
const SONG =
  'aevalsrc=0.2*sin(2*PI*220*t)+0.15*sin(2*PI*261.63*t)+0.15*sin(2*PI*329.63*t)' +
  '+0.6*exp(-30*mod(t\\,60/124))*sin(2*PI*60*t)+0.05*(random(0)-0.5)*lt(mod(t+30/124\\,60/124)\\,0.03):s=44100:d=40';

/** A song like SONG with its own tempo and chord, so the memory run does not measure one signal over and over. */
function songVariant(i: number): string {
  const bpm = 84 + 9 * i;
  const ratio = 2 ** (i / 12);
  return SONG.replaceAll('/124', `/${bpm}`).replace(/\*(\d+(?:\.\d+)?)\*t\)/g, (_, hz: string) =>
    Number(hz) === 60 ? '*60*t)' : `*${(Number(hz) * ratio).toFixed(2)}*t)`,
  );
}

/** CPU seconds of this process and of the children it has waited for (ffmpeg), from /proc on Linux. */
function cpuSeconds(): number {
  const own = process.cpuUsage();
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ');
  const children = (Number(fields[13]) + Number(fields[14])) / 100;
  return (own.user + own.system) / 1e6 + children;
}

async function measure(analyser: AudioAnalyser, file: string, count: number, trackSeconds: number, parallel: number) {
  const cpu = cpuSeconds();
  const started = performance.now();
  let next = 0;
  let analysed = 0;
  const lane = async () => {
    while (next < count) {
      next++;
      await analyser.analyse(file, trackSeconds);
      analysed++;
    }
  };
  await Promise.all(Array.from({ length: parallel }, lane));
  return { cpu: cpuSeconds() - cpu, wall: (performance.now() - started) / 1000, analysed };
}

/** CPU seconds of each step of one 30 s window, in this thread (ffmpeg: its own CPU, as a child). */
async function profile(file: string): Promise<void> {
  const essentia = new essentiaJs.Essentia(essentiaJs.EssentiaWASM);
  const before = cpuSeconds();
  const { pcm } = await decodeWindow('ffmpeg', file, analysisWindow(40, 30));
  const decoding = `ffmpeg decode + ebur128 ${(cpuSeconds() - before).toFixed(3)}`;
  let steps: string[] = [];
  const time = <T>(name: string, work: () => T): T => {
    const start = cpuSeconds();
    const result = work();
    steps.push(`${name} ${(cpuSeconds() - start).toFixed(3)}`);
    return result;
  };
  // Twice: the first round pays for compiling the WASM and JavaScript, not part of the steady cost.
  for (let round = 0; round < 2; round++) {
    steps = [decoding];
    const signal = time('copy into WASM', () => essentia.arrayToVector(pcm));
    for (const method of ['multifeature', 'degara']) {
      time(`rhythm ${method}`, () => essentia.RhythmExtractor2013(signal, 208, method, 40));
    }
    time('key at 44.1 kHz (before)', () => essentia.KeyExtractor(signal));
    time('key at 22.05 kHz (now, halving the rate included)', () => {
      const half = essentia.arrayToVector(halfRate(pcm));
      const key = essentia.KeyExtractor(half, true, 2048, 2048, 12, 3500, 60, 25, 0.2, 'edma', 22_050);
      half.delete();
      return key;
    });
    time('danceability', () => essentia.Danceability(signal));
    time('dynamic complexity', () => essentia.DynamicComplexity(signal));
    time('onset rate', () => essentia.OnsetRate(signal));
    time('RMS', () => essentia.RMS(signal));
    const frames = time('frame features (JS, every 1024 samples)', () => spectralFrames(pcm, 44_100));
    const envelope = { strength: frames.onsetStrength, rateHz: frames.onsetRateHz, offsetSeconds: 1024 / 44_100 };
    time('onset rate (JS, from the frames’ onset curve)', () => onsetRate(frames.onsetStrength, frames.onsetRateHz));
    const rhythm = essentia.RhythmExtractor2013(signal, 208, 'degara', 40);
    const beats = Array.from(essentia.vectorToArray(rhythm.ticks));
    time('beat confidence (JS, for degara)', () => beatConfidence(beats, envelope));
    signal.delete();
  }
  out(`  CPU seconds per step of one 30 s window: ${steps.join('; ')}`);
}

async function speed(): Promise<void> {
  const song = await generateAudio(join(dir, 'song.flac'), SONG, ['-c:a', 'flac']);
  await profile(song);

  const single = new AudioAnalyser({
    ffmpeg: 'ffmpeg',
    windowSeconds: 30,
    workers: 1,
    recycleAfter: 25,
    rhythmMethod: method,
  });
  await single.analyse(song, 40); // warm-up: the first WASM instantiation is not part of the steady cost
  const one = await measure(single, song, windows, 40, 1);
  await single.close();
  const cpuPerWindow = one.cpu / one.analysed;
  out(
    `  CPU per 30 s window: ${cpuPerWindow.toFixed(2)} s = ${(cpuPerWindow * 2).toFixed(2)} s of CPU per minute of audio`,
  );
  out(
    `  by CPU: ${Math.round(3600 / cpuPerWindow)} windows per hour per core (goal ≥ 1000; Tracktion: 1.5 s per 30 s file)`,
  );

  const pool = new AudioAnalyser({
    ffmpeg: 'ffmpeg',
    windowSeconds: 30,
    workers: 0,
    recycleAfter: 25,
    rhythmMethod: method,
  });
  const all = await measure(pool, song, windows * cores, 40, cores * 2);
  await pool.close();
  out(
    `  ${cores} worker threads: ${all.analysed} windows in ${all.wall.toFixed(1)} s wall = ${Math.round((all.analysed / all.wall) * 3600)} tracks per hour (wall clock; shared machines give less)`,
  );
}

/**
 * RSS over many tracks through the real pool, as the server runs it (30 s windows, threads replaced every 25
 * files): flat memory is what the recycling is for. Ten generated songs, each with its own tempo and chord, in turn.
 */
async function memoryRun(): Promise<void> {
  const songs = await Promise.all(
    Array.from({ length: 10 }, (_, i) => generateAudio(join(dir, `song-${i}.flac`), songVariant(i), ['-c:a', 'flac'])),
  );
  const recycled = new AudioAnalyser({
    ffmpeg: 'ffmpeg',
    windowSeconds: 30,
    workers: 0,
    recycleAfter: 25,
    rhythmMethod: method,
  });
  const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;
  out(
    `  memory: ${tracks} tracks, 30 s windows, ${method}, ${cores} threads replaced every 25 files; RSS at start ${mb(process.memoryUsage().rss)}`,
  );
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
  const started = performance.now();
  const cpu = cpuSeconds();
  let next = 0;
  let done = 0;
  const lane = async () => {
    while (next < tracks) {
      const song = songs[next++ % songs.length]!;
      await recycled.analyse(song, 40);
      done++;
      if (done % 25 === 0 || done === tracks) {
        const { rss, heapUsed, arrayBuffers } = process.memoryUsage();
        peak = Math.max(peak, rss);
        const minutes = ((performance.now() - started) / 60_000).toFixed(1);
        out(
          `    ${String(done).padStart(4)} tracks: RSS ${mb(rss)}, peak ${mb(peak)}, main thread JS heap ${mb(heapUsed)} + array buffers ${mb(arrayBuffers)}, ${recycled.pool.started} threads started, ${minutes} min`,
        );
      }
    }
  };
  await Promise.all(Array.from({ length: cores * 2 }, lane));
  clearInterval(sampler);
  const cpuPerTrack = (cpuSeconds() - cpu) / done;
  out(
    `  memory run done: ${done} tracks, peak RSS ${mb(peak)}, final RSS ${mb(process.memoryUsage().rss)}, ${cpuPerTrack.toFixed(2)} s CPU per track (ffmpeg included), ${recycled.pool.started} threads started`,
  );
  await recycled.close();
}

const dir = await mkdtemp(join(tmpdir(), 'truetrack-bench-analysis-'));
try {
  out(`analysis bench: ${cores} cores, rhythm method ${method}`);
  if (!memoryOnly) await speed();
  if (tracks > 0) await memoryRun();
} finally {
  await rm(dir, { recursive: true, force: true });
}
