// Watch folders with real files in temp folders, real chokidar watchers, ffmpeg checks and the SQLite (or
// Postgres) index: files dropped in an import folder become import jobs once, and changes made by hand in the
// library follow into the index. The server serves the API only, so import jobs wait and can be counted.
import { randomUUID } from 'node:crypto';
import { appendFile, copyFile, mkdir, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import request from 'supertest';
import type { WatchStatusDto } from '@app/contracts';
import { pollUntil } from '@app/testing';
import { distinctCopy, missingSinceOf, trackAt } from './watch/library-probe.js';
import { makeToneFiles, type ToneFiles } from './watch/tone-files.js';
import { startWatchApp, type WatchApp } from './watch/watch-app.js';

let app: WatchApp;
let tones: ToneFiles;

beforeAll(async () => {
  tones = await makeToneFiles('watch-sources');
  app = await startWatchApp();
});

afterAll(async () => {
  await app?.close();
  await tones?.remove();
});

const status = async () => (await request(app.server).get('/api/v1/system/watch').expect(200)).body as WatchStatusDto;

describe('watch folders', () => {
  it('reports a watcher per import folder and one on the library, watching with events', async () => {
    const { watchers, enabled } = await status();
    expect(enabled).toBe(true);
    expect(watchers).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ folder: app.importDir, role: 'import', mode: 'events', status: 'watching' }),
        expect.objectContaining({ folder: app.libraryRoot, role: 'library', mode: 'events', status: 'watching' }),
      ]),
    );
  });

  it('imports a file copied slowly in chunks exactly once, after it has stopped growing', async () => {
    const bytes = await readFile(tones.mp3);
    const target = join(app.importDir, 'slow', 'Slow Copy.mp3');
    await mkdir(dirname(target), { recursive: true });
    // Pauses shorter than the settle time: the watcher must wait for the whole file.
    const chunk = Math.ceil(bytes.length / 8);
    for (let at = 0; at < bytes.length; at += chunk) {
      await appendFile(target, bytes.subarray(at, at + chunk));
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await pollUntil(
      () => app.importJobsOf(target),
      (jobs) => jobs.length > 0,
      30_000,
    );
    await app.watch.idle();
    // A rescan sees the file again; the ledger makes it the same job.
    const rescan = await request(app.server).post('/api/v1/system/watch/rescan').expect(200);
    expect(rescan.body.importJobsCreated).toBe(0);
    expect(await app.importJobsOf(target)).toHaveLength(1);
    expect((await status()).rejected.map((file) => file.path)).not.toContain(target);
  });

  it('sees every file of a `mkdir -p` burst of 200 files in nested folders', async () => {
    const files = Array.from({ length: 200 }, (_, i) =>
      join(app.importDir, 'burst', `d${i % 7}`, `e${i % 5}`, `f${i % 3}`, `Track ${String(i).padStart(3, '0')}.mp3`),
    );
    await Promise.all(files.map((file, i) => distinctCopy(tones.mp3, file, `burst ${i}`)));
    const counts = await pollUntil(
      async () => Promise.all(files.map(async (file) => (await app.importJobsOf(file)).length)),
      (found) => found.every((n) => n >= 1),
      600_000,
      (found) => `${found.filter((n) => n === 0).length} of 200 files have no import job yet`,
    );
    await app.watch.idle();
    expect(counts.filter((n) => n === 1)).toHaveLength(200);
  }, 660_000);

  it('rejects a file cut short that never finishes, reports it, and makes no job of it', async () => {
    const whole = await readFile(tones.flac);
    const target = join(app.importDir, 'cut', 'Never Finished.flac');
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, whole.subarray(0, Math.floor(whole.length / 2)));
    const reported = await pollUntil(status, (s) => s.rejected.some((file) => file.path === target), 30_000);
    expect(reported.rejected.find((file) => file.path === target)?.reason).toMatch(/does not decode|cut short/);
    expect(await app.importJobsOf(target)).toHaveLength(0);
    const problems = await app.watch.healthProblems();
    expect(problems.map((p) => p.message)).toContainEqual(expect.stringContaining(`Not imported: ${target}`));
  });

  it('follows a file added, renamed and moved by hand in the library, keeping its id and play count', async () => {
    const first = join(app.libraryRoot, 'By Hand', 'Song.mp3');
    await distinctCopy(tones.mp3, first, 'by hand');
    const added = await pollUntil(
      () => trackAt(app, 'By Hand/Song.mp3'),
      (track) => track !== undefined,
      30_000,
    );
    const listener = randomUUID();
    for (let i = 0; i < 3; i++) {
      await app.db
        .createQueryBuilder()
        .insert()
        .into('listen')
        .values({
          id: randomUUID(),
          listenerId: listener,
          listenedAt: Date.now() - i * 1000,
          artistName: 'Someone',
          trackName: 'Song',
          source: 'listenbrainz',
          trackId: added!.id,
          // Settled, as mapping leaves it: the listen mapper would otherwise unlink a listen it cannot match.
          mappedAt: Date.now(),
          createdAt: Date.now(),
        })
        .execute();
    }

    await rename(first, join(app.libraryRoot, 'By Hand', 'Song (renamed).mp3'));
    const renamed = await pollUntil(
      () => trackAt(app, 'By Hand/Song (renamed).mp3'),
      (t) => t !== undefined,
      30_000,
    );
    expect(renamed!.id).toBe(added!.id);

    await mkdir(join(app.libraryRoot, 'Elsewhere', 'Deeper'), { recursive: true });
    await rename(
      join(app.libraryRoot, 'By Hand', 'Song (renamed).mp3'),
      join(app.libraryRoot, 'Elsewhere', 'Deeper', 'Song.mp3'),
    );
    const moved = await pollUntil(
      () => trackAt(app, 'Elsewhere/Deeper/Song.mp3'),
      (t) => t !== undefined,
      30_000,
    );
    expect(moved!.id).toBe(added!.id);
    expect(await trackAt(app, 'By Hand/Song (renamed).mp3')).toBeUndefined();

    const plays = await app.db
      .createQueryBuilder()
      .select('COUNT(*)', 'n')
      .from('listen', 'listen')
      .innerJoin('library_track', 'track', 'track.id = listen.track_id')
      .where('track.path = :path', { path: 'Elsewhere/Deeper/Song.mp3' })
      .getRawOne<{ n: string | number }>();
    expect(Number(plays?.n)).toBe(3);
  });

  it('marks a track missing when its file is deleted by hand, and keeps the row', async () => {
    const file = join(app.libraryRoot, 'Gone', 'Soon Gone.mp3');
    await distinctCopy(tones.mp3, file, 'soon gone');
    const track = await pollUntil(
      () => trackAt(app, 'Gone/Soon Gone.mp3'),
      (t) => t !== undefined,
      30_000,
    );
    const before = (await status()).missingTracks;
    await unlink(file);
    await pollUntil(status, (s) => s.missingTracks === before + 1, 30_000);
    expect(await missingSinceOf(app, track!.id)).toBeGreaterThan(0);
  });

  it('brings a missing track back when the same bytes turn up again later, under a new name', async () => {
    const file = join(app.libraryRoot, 'Back', 'Away.mp3');
    await distinctCopy(tones.mp3, file, 'away and back');
    const track = await pollUntil(
      () => trackAt(app, 'Back/Away.mp3'),
      (t) => t !== undefined,
      30_000,
    );
    const kept = join(tones.dir, 'away.mp3');
    await copyFile(file, kept);
    await unlink(file);
    await pollUntil(
      () => missingSinceOf(app, track!.id),
      (since) => since > 0,
      30_000,
    );
    await copyFile(kept, join(app.libraryRoot, 'Back', 'Returned.mp3'));
    const back = await pollUntil(
      () => trackAt(app, 'Back/Returned.mp3'),
      (t) => t !== undefined,
      30_000,
    );
    expect(back!.id).toBe(track!.id);
  });
});
