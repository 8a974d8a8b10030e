// A kill in the middle of a burst into a watched import folder loses nothing: the built server (API role, so import
// jobs are created and wait) is SIGKILLed while files arrive, more arrive while it is down, and after the restart
// the reconciliation rescan makes an import job of every file the watcher missed — and never a second one.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { type JobDto, JobKind } from '@app/contracts';
import {
  type FakeMusicWorld,
  generateAudio,
  makeFakeSongs,
  makeTempDir,
  pollUntil,
  startFakeMusicWorld,
} from '@app/testing';
import { AUTH, startServerUnderTest, type ServerUnderTest } from './server-under-test.js';

const FILES = 120;
/** Files written before the kill; the rest arrive while the server is down. */
const BEFORE_KILL = 60;

let world: FakeMusicWorld;
let sut: ServerUnderTest;
let sources: { path: string; remove(): Promise<void> };
let audio: Buffer;

beforeAll(async () => {
  sources = await makeTempDir('watch-kill-sources');
  audio = await readFile(
    await generateAudio(join(sources.path, 'tone.mp3'), 'sine=frequency=440:duration=1', ['-c:a', 'libmp3lame']),
  );
  world = await startFakeMusicWorld({ songs: makeFakeSongs(1) });
  sut = await startServerUnderTest(world, {
    TRUETRACK_ROLE: 'api',
    TRUETRACK_WATCH: 'true',
    TRUETRACK_WATCH_SETTLE_MS: '300',
    TRUETRACK_WATCH_POLL_INTERVAL_MS: '100',
    TRUETRACK_WATCH_RESCAN_SCHEDULE: 'off',
  });
});

afterAll(async () => {
  await sut?.close();
  await world?.close();
  await sources?.remove();
});

/** Import jobs by query (the file's path). */
async function importJobs(): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for (let page = 1; ; page++) {
    const url = `${sut.server.baseUrl}/api/v1/jobs?kind=${JobKind.Import}&pageSize=100&page=${page}`;
    const body = (await (await fetch(url, { headers: AUTH })).json()) as { records: JobDto[]; totalRecords: number };
    body.records.forEach((job) => counts.set(job.query, (counts.get(job.query) ?? 0) + 1));
    if (page * 100 >= body.totalRecords) return counts;
  }
}

async function drop(path: string, i: number): Promise<void> {
  const tag = Buffer.alloc(128);
  tag.write('TAG', 0, 'latin1');
  tag.write(`kill burst ${i}`, 3, 'latin1');
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, Buffer.concat([audio, tag]));
}

describe('SIGKILL during a burst into a watched folder', () => {
  it('imports every file exactly once after the restart', async () => {
    const importDir = join(sut.dataDir, 'import');
    const files = Array.from({ length: FILES }, (_, i) => join(importDir, 'burst', `d${i % 4}`, `Track ${i}.mp3`));
    for (let i = 0; i < BEFORE_KILL; i++) await drop(files[i]!, i);
    // Pull the plug once the watcher has started turning the burst into jobs, but before it is through.
    await pollUntil(importJobs, (jobs) => jobs.size > 0, 60_000);
    await sut.server.kill();
    for (let i = BEFORE_KILL; i < FILES; i++) await drop(files[i]!, i);
    await sut.server.restart();

    const jobs = await pollUntil(
      importJobs,
      (found) => files.every((file) => found.has(file)),
      300_000,
      (found) => `${files.filter((file) => !found.has(file)).length} of ${FILES} files have no import job`,
    );
    expect([...jobs.entries()].filter(([, n]) => n > 1)).toEqual([]);
    expect(jobs.size).toBe(FILES);

    // A rescan on request finds nothing new: every file is in the ledger with its job.
    const rescan = await fetch(`${sut.server.baseUrl}/api/v1/system/watch/rescan`, { method: 'POST', headers: AUTH });
    expect(((await rescan.json()) as { importJobsCreated: number }).importJobsCreated).toBe(0);
    const after = await importJobs();
    expect([...after.entries()].filter(([, n]) => n > 1)).toEqual([]);
    expect(after.size).toBe(FILES);
  }, 600_000);
});
