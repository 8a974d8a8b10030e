// What a library scan costs: builds a library of N tagged files (one 1 s file per format made with ffmpeg,
// copied N times into an artist/album tree and tagged one by one with the TagWriter), then times a full scan
// into an empty SQLite index and a rescan with nothing changed. Run through `node scripts/bench.mjs scan
// [--files N]`, which builds dist-test first.
import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { copyFile, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Logger } from '@nestjs/common';
import type { LibraryScanDto } from '@app/contracts';
import { loadConfig } from '@app/config';
import { buildDataSourceOptions, openDataSource, TransactionRunner } from '@app/db';
import { JobEventBus } from '@app/jobs';
import { LIBRARY_ENTITIES, LibraryIndex, LibraryScanner } from '@app/library';
import { MovedTracks } from '../src/scan/moved-tracks.js';
import { SystemClock } from '@app/platform';
import { type AudioFormat, type FileTags, TagReader, TagWriter } from '@app/tagger';
import { generateAudio } from '@app/testing';

/** Beets 1.6 (`beet import -A` of the same kind of library) indexes about this many files per second here. */
const BEETS_FILES_PER_SECOND = 115;
const TRACKS_PER_ALBUM = 12;
const ALBUMS_PER_ARTIST = 4;

const ENCODERS: Record<AudioFormat, string[]> = {
  mp3: ['-c:a', 'libmp3lame', '-b:a', '128k'],
  m4a: ['-c:a', 'aac', '-b:a', '96k'],
  opus: ['-c:a', 'libopus', '-b:a', '64k'],
  ogg: ['-c:a', 'libvorbis', '-q:a', '2'],
  flac: ['-c:a', 'flac'],
};
const FORMATS = Object.keys(ENCODERS) as AudioFormat[];

function filesOption(): number {
  const at = process.argv.indexOf('--files');
  const value = at > 0 ? Number(process.argv[at + 1]) : 2000;
  if (!Number.isSafeInteger(value) || value <= 0) throw new Error('--files must be a whole number above 0');
  return value;
}

interface Timed<T> {
  result: T;
  seconds: number;
  /** CPU time of this process (all threads), which other load on the machine does not inflate. */
  cpuSeconds: number;
}

async function timed<T>(work: () => Promise<T>): Promise<Timed<T>> {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const result = await work();
  const { user, system } = process.cpuUsage(cpu);
  return { result, seconds: (performance.now() - started) / 1000, cpuSeconds: (user + system) / 1e6 };
}

/** Where the i-th file goes and what its tags say: every file of the library differs. */
function plan(i: number): { relative: string; format: AudioFormat; tags: FileTags } {
  const format = FORMATS[i % FORMATS.length]!;
  const track = (i % TRACKS_PER_ALBUM) + 1;
  const album = Math.floor(i / TRACKS_PER_ALBUM);
  const artist = `Bench Artist ${Math.floor(album / ALBUMS_PER_ARTIST) + 1}`;
  const albumTitle = `Album ${album + 1}`;
  const title = `Track ${i + 1} – “Ünïcödé” take`;
  const tags: FileTags = {
    metadata: {
      title,
      artists: [artist],
      album: albumTitle,
      albumArtists: [artist],
      trackNumber: track,
      trackTotal: TRACKS_PER_ALBUM,
      discNumber: 1,
      releaseDate: `${1970 + (album % 50)}-01-01`,
      genres: ['Electronic'],
      isrc: `XXBEN${String(i).padStart(7, '0')}`,
      musicbrainz: { recordingId: randomUUID(), releaseId: randomUUID(), artistIds: [randomUUID()] },
      source: 'bench',
    },
    replayGain: { trackGainDb: -6.5, trackPeak: 0.98 },
  };
  const relative = `${artist}/${albumTitle}/${String(track).padStart(2, '0')} ${title}.${format}`;
  return { relative, format, tags };
}

async function buildLibrary(dir: string, root: string, files: number): Promise<number> {
  const templates = Object.fromEntries(
    await Promise.all(
      FORMATS.map(async (format) => {
        const file = join(dir, `template.${format}`);
        await generateAudio(file, 'sine=frequency=440:duration=1', [...ENCODERS[format], '-metadata', 'title=x']);
        return [format, file] as const;
      }),
    ),
  ) as Record<AudioFormat, string>;
  const plans = Array.from({ length: files }, (_, i) => plan(i));
  for (const { relative, format } of plans) {
    await mkdir(join(root, relative, '..'), { recursive: true });
    await copyFile(templates[format], join(root, relative));
  }
  const writer = new TagWriter();
  const { seconds } = await timed(async () => {
    for (const { relative, tags } of plans) await writer.write(join(root, relative), tags, { id3Version: 4 });
  });
  return seconds;
}

function report(label: string, files: number, { seconds, cpuSeconds, result: scan }: Timed<LibraryScanDto>): void {
  const perSecond = files / seconds;
  const { indexed, unchanged, failed } = scan.counts;
  process.stdout.write(
    `scan ${label}: ${perSecond.toFixed(0)} files/s = ${(perSecond / BEETS_FILES_PER_SECOND).toFixed(1)}× beets ` +
      `(${seconds.toFixed(2)} s, CPU ${((cpuSeconds / files) * 1000).toFixed(2)} ms per file; ${indexed} indexed, ` +
      `${unchanged} unchanged, ${failed} unreadable)\n`,
  );
  if (scan.status !== 'done') process.stdout.write(`  the scan ${scan.status}: ${scan.error}\n`);
}

async function main(): Promise<void> {
  Logger.overrideLogger(['error', 'warn']);
  const files = filesOption();
  const dir = await mkdtemp(join(tmpdir(), 'truetrack-bench-scan-'));
  try {
    const config = loadConfig({ TRUETRACK_DATA_DIR: dir, MUSIC_LIBRARY_ROOT: join(dir, 'library') });
    const root = config.paths.libraryRoot;
    await mkdir(root, { recursive: true });
    process.stdout.write(`building a library of ${files} tagged files (${FORMATS.join(', ')})…\n`);
    const tagSeconds = await buildLibrary(dir, root, files);
    process.stdout.write(`tag writing: ${(files / tagSeconds).toFixed(0)} files/s (${tagSeconds.toFixed(2)} s)\n`);

    const dataSource = await openDataSource(buildDataSourceOptions(config.db, LIBRARY_ENTITIES));
    try {
      const index = new LibraryIndex(new TransactionRunner(dataSource));
      const moves = new MovedTracks(index, config);
      const scanner = new LibraryScanner(
        index,
        new TagReader(),
        moves,
        new JobEventBus(config),
        config,
        new SystemClock(),
      );
      const scan = async () => (await scanner.start()).done;
      const full = await timed(scan);
      report('full (empty index)', files, full);
      const again = await timed(scan);
      report('rescan (nothing changed)', files, again);
      process.stdout.write('(index: a SQLite file in the data folder, WAL; goal: 10× beets or more)\n');
    } finally {
      await dataSource.destroy();
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

await main();
