// The rule for files moved, renamed or deleted by hand, through the two ways the whole library is looked at
// without the watchers (off here): the library scan route and the watch folders' reconciliation rescan (what the
// nightly schedule runs). Real files in a temp library, the real tag reader and index.
import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import request from 'supertest';
import type { LibraryScanDto, WatchRescanDto } from '@app/contracts';
import { pollUntil } from '@app/testing';
import { distinctCopy, missingSinceOf, trackAt } from './watch/library-probe.js';
import { makeToneFiles, type ToneFiles } from './watch/tone-files.js';
import { startWatchApp, type WatchApp } from './watch/watch-app.js';

let app: WatchApp;
let tones: ToneFiles;

beforeAll(async () => {
  tones = await makeToneFiles('watch-moves-sources');
  app = await startWatchApp({ watch: { enabled: false, rescanSchedule: null } });
});

afterAll(async () => {
  await app?.close();
  await tones?.remove();
});

async function libraryScan(): Promise<LibraryScanDto> {
  const { scanId } = (await request(app.server).post('/api/v1/library/scan').send({}).expect(202)).body as {
    scanId: string;
  };
  return pollUntil(
    async () => (await request(app.server).get(`/api/v1/library/scans/${scanId}`).expect(200)).body as LibraryScanDto,
    (scan) => scan.status !== 'running',
    60_000,
  );
}

/** What the nightly schedule runs (its route answers 409 while the watchers are off). */
function watchRescan(): Promise<WatchRescanDto> {
  return app.watch.rescanNow();
}

async function addListens(trackId: string, count: number): Promise<void> {
  for (let i = 0; i < count; i++) {
    await app.db
      .createQueryBuilder()
      .insert()
      .into('listen')
      .values({
        id: randomUUID(),
        listenerId: randomUUID(),
        listenedAt: Date.now() - i * 1000,
        artistName: 'Someone',
        trackName: 'Moved',
        source: 'listenbrainz',
        trackId,
        // Settled, as mapping leaves it: the listen mapper would otherwise unlink a listen it cannot match.
        mappedAt: Date.now(),
        createdAt: Date.now(),
      })
      .execute();
  }
}

async function listensAt(path: string): Promise<number> {
  const row = await app.db
    .createQueryBuilder()
    .select('COUNT(*)', 'n')
    .from('listen', 'listen')
    .innerJoin('library_track', 'track', 'track.id = listen.track_id')
    .where('track.path = :path', { path })
    .getRawOne<{ n: string | number }>();
  return Number(row?.n ?? 0);
}

describe.each([
  ['the library scan', 'scan', libraryScan],
  ['the watch rescan', 'rescan', watchRescan],
] as const)('files changed by hand, seen by %s', (_name, folder, look) => {
  it('keeps the track id and its listens when the file is renamed and moved', async () => {
    await distinctCopy(tones.mp3, join(app.libraryRoot, folder, 'Before', 'Song.mp3'), `${folder} moved`);
    await look();
    const added = await trackAt(app, `${folder}/Before/Song.mp3`);
    expect(added).toBeDefined();
    await addListens(added!.id, 3);

    await mkdir(join(app.libraryRoot, folder, 'After', 'Deeper'), { recursive: true });
    await rename(
      join(app.libraryRoot, folder, 'Before', 'Song.mp3'),
      join(app.libraryRoot, folder, 'After', 'Deeper', 'Song (renamed).mp3'),
    );
    const result = await look();

    const counted = 'counts' in result ? result.counts.moved : result.libraryTracksMoved;
    expect(counted).toBe(1);
    const moved = await trackAt(app, `${folder}/After/Deeper/Song (renamed).mp3`);
    expect(moved?.id).toBe(added!.id);
    expect(await trackAt(app, `${folder}/Before/Song.mp3`)).toBeUndefined();
    expect(await listensAt(`${folder}/After/Deeper/Song (renamed).mp3`)).toBe(3);
    expect(await missingSinceOf(app, added!.id)).toBe(0);
  });

  it('marks the track of a deleted file missing, keeps it, and clears the mark when the file is back', async () => {
    const file = join(app.libraryRoot, folder, 'Gone', 'Away.mp3');
    await distinctCopy(tones.mp3, file, `${folder} gone`);
    await look();
    const track = (await trackAt(app, `${folder}/Gone/Away.mp3`))!;
    const bytes = await readFile(file);
    await unlink(file);

    await look();
    expect(await missingSinceOf(app, track.id)).toBeGreaterThan(0);
    expect((await trackAt(app, `${folder}/Gone/Away.mp3`))?.id).toBe(track.id);

    await writeFile(join(app.libraryRoot, folder, 'Gone', 'Back.mp3'), bytes);
    await look();
    expect((await trackAt(app, `${folder}/Gone/Back.mp3`))?.id).toBe(track.id);
    expect(await missingSinceOf(app, track.id)).toBe(0);
  });
});
