// Watch folders under a flood: N small audio files (one short ffmpeg-made MP3, copied with an ID3v1 tag of its own
// so every file has distinct bytes) dropped into a watched import folder while the server runs with the API role
// (import jobs are created and wait; no pipeline runs behind them). Counts files lost (no job) and imported twice
// (more than one job), files per hour from the first drop to the last job, and the median delay from the end of a
// file's settle time to its job. Run through `node scripts/bench.mjs watch [--files N] [--settle-ms S]
// [--minutes M]`, which builds dist-test first; `--minutes` bounds the wait.
import 'reflect-metadata';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Logger } from '@nestjs/common';
import { LibraryModule, WatchService } from '@app/library';
import { TaggerModule } from '@app/tagger';
import { freshDatabase, generateAudio, makeTempDir, makeTestConfig } from '@app/testing';
import { DataSource } from 'typeorm';
import { createApp } from '../src/create-app.js';
import { median } from './pipeline-figures.js';

/** Tracktion's target for an import folder. */
const TARGET_FILES_PER_HOUR = 1000;
const FILES_PER_FOLDER = 100;
const WRITES_AT_ONCE = 50;

function option(name: string, fallback: number): number {
  const args = process.argv.slice(2);
  const at = args.indexOf(`--${name}`);
  const value = at >= 0 ? Number(args[at + 1]) : fallback;
  if (!Number.isSafeInteger(value) || value <= 0) throw new Error(`--${name} must be a whole number above 0`);
  return value;
}

async function main(): Promise<void> {
  const files = option('files', 10_000);
  const settleMs = option('settle-ms', 1000);
  const minutes = option('minutes', 60);
  Logger.overrideLogger(['error']);
  const base = makeTestConfig({ log: { level: 'error' } });
  const dataDir = base.paths.dataDir;
  const config = {
    ...base,
    db: await freshDatabase(dataDir),
    queue: { ...base.queue, role: 'api' as const },
    watch: { ...base.watch, enabled: true, settleMs, rescanSchedule: null },
  };
  const sources = await makeTempDir('watch-bench-source');
  const tone = await generateAudio(join(sources.path, 'tone.mp3'), 'sine=frequency=440:duration=1', [
    '-c:a',
    'libmp3lame',
    '-b:a',
    '64k',
  ]);
  const audio = await readFile(tone);
  const importDir = join(dataDir, 'import', 'flood');
  const paths = Array.from({ length: files }, (_, i) =>
    join(importDir, `batch-${Math.floor(i / FILES_PER_FOLDER)}`, `Track ${String(i).padStart(5, '0')}.mp3`),
  );

  const app = await createApp(config, { features: [LibraryModule, TaggerModule], requireEveryStep: false });
  await app.init();
  const watch = app.get(WatchService);
  const db = app.get(DataSource);
  const jobCounts = async () =>
    (await db
      .createQueryBuilder()
      .select('job.query', 'query')
      .addSelect('COUNT(*)', 'n')
      .from('job', 'job')
      .where('job.kind = :kind', { kind: 'import' })
      .groupBy('job.query')
      .getRawMany()) as { query: string; n: string | number }[];
  try {
    await watch.idle();
    console.log(`dropping ${files} files into ${importDir} (settle time ${settleMs} ms)…`);
    const started = performance.now();
    for (let at = 0; at < paths.length; at += WRITES_AT_ONCE) {
      await Promise.all(
        paths.slice(at, at + WRITES_AT_ONCE).map(async (path, offset) => {
          const tag = Buffer.alloc(128);
          tag.write('TAG', 0, 'latin1');
          tag.write(`flood ${at + offset}`, 3, 'latin1');
          await mkdir(join(path, '..'), { recursive: true });
          await writeFile(path, Buffer.concat([audio, tag]));
        }),
      );
    }
    const dropSeconds = (performance.now() - started) / 1000;
    console.log(`dropped in ${dropSeconds.toFixed(1)} s; waiting for the jobs (at most ${minutes} min)…`);
    const deadline = Date.now() + minutes * 60_000;
    let last = performance.now();
    let seen = 0;
    let printed = 0;
    for (;;) {
      const now = (await jobCounts()).length;
      if (now > seen) last = performance.now();
      if (now - printed >= 500 || (now === files && printed !== files)) {
        console.log(`  ${now} files have a job`);
        printed = now;
      }
      seen = now;
      if (now >= files || Date.now() > deadline) break;
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
    await watch.idle();
    const beforeRescan = new Set((await jobCounts()).map((row) => row.query));
    const missedByWatchers = paths.filter((path) => !beforeRescan.has(path)).length;
    const rescan = await watch.rescanNow();
    const counts = new Map((await jobCounts()).map((row) => [row.query, Number(row.n)]));
    const lost = paths.filter((path) => !counts.has(path)).length;
    const twice = [...counts.values()].filter((n) => n > 1).length;
    const seconds = (last - started) / 1000;
    const perHour = Math.round((files - lost) / (seconds / 3600));
    const delays = watch.settleToJobDelays();
    console.log('');
    console.log(
      `| files | imported (one job) | lost | twice | seconds | files/hour | median settle→job | p95 settle→job |`,
    );
    console.log(
      `| ----- | ------------------ | ---- | ----- | ------- | ---------- | ----------------- | -------------- |`,
    );
    const p95 = [...delays].sort((a, b) => a - b)[Math.floor(delays.length * 0.95)] ?? 0;
    console.log(
      `| ${files} | ${files - lost - twice} | ${lost} | ${twice} | ${seconds.toFixed(0)} | ${perHour} | ` +
        `${median(delays).toFixed(0)} ms | ${Math.round(p95)} ms |`,
    );
    console.log(
      `the watchers alone missed ${missedByWatchers} files; the rescan afterwards created ` +
        `${rescan.importJobsCreated} jobs`,
    );
    console.log(
      `target: ${TARGET_FILES_PER_HOUR}+ files/hour → ${perHour >= TARGET_FILES_PER_HOUR ? 'met' : 'NOT met'}`,
    );
    if (lost || twice) process.exitCode = 1;
  } finally {
    await app.close();
    await sources.remove();
    await rm(dataDir, { recursive: true, force: true });
  }
}

await main();
