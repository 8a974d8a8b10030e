// The Duplicates API on a library of real files, with the watchers on: groups with reason and keeper, and keep,
// archive and delete, each undone again; files only ever move inside the library root.
import { copyFile, mkdir, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import request from 'supertest';
import type { DuplicateActionDto, DuplicatesDto, LibraryTrackDto } from '@app/contracts';
import { pollUntil } from '@app/testing';
import { makeToneFiles, type ToneFiles } from './watch/tone-files.js';
import { startWatchApp, type WatchApp } from './watch/watch-app.js';

let app: WatchApp;
let tones: ToneFiles;

const exists = (path: string) =>
  stat(path).then(
    () => true,
    () => false,
  );

beforeAll(async () => {
  tones = await makeToneFiles('duplicates-sources');
  app = await startWatchApp();
  for (const path of ['Artist/Album/Song.mp3', 'Downloads/Song (1).mp3']) {
    await mkdir(dirname(join(app.libraryRoot, path)), { recursive: true });
    await copyFile(tones.mp3, join(app.libraryRoot, path));
  }
  await pollUntil(tracks, (records) => records.length === 2, 30_000);
});

afterAll(async () => {
  await app?.close();
  await tones?.remove();
});

async function tracks(): Promise<LibraryTrackDto[]> {
  return ((await request(app.server).get('/api/v1/library/tracks').expect(200)).body as { records: LibraryTrackDto[] })
    .records;
}

const duplicates = async () =>
  (await request(app.server).get('/api/v1/library/duplicates').expect(200)).body as DuplicatesDto;

async function act(body: object): Promise<DuplicateActionDto> {
  return (await request(app.server).post('/api/v1/library/duplicates/actions').send(body).expect(201)).body;
}

const undo = async (id: string) =>
  (await request(app.server).post(`/api/v1/library/duplicates/actions/${id}/undo`).expect(200))
    .body as DuplicateActionDto;

describe('Duplicates API', () => {
  it('lists two copies of the same bytes as one group, with the reason and a proposed keeper', async () => {
    const { groups } = await duplicates();
    expect(groups).toHaveLength(1);
    const [group] = groups;
    expect(group).toMatchObject({ reason: 'same-bytes', explanation: expect.stringContaining('byte for byte') });
    expect(group!.tracks.map((t) => t.path).sort()).toEqual(['Artist/Album/Song.mp3', 'Downloads/Song (1).mp3']);
    expect(group!.tracks.find((t) => t.id === group!.keeperId)?.path).toBe('Artist/Album/Song.mp3');
  });

  it('archives a file into the archive folder (its track follows), and undoes it', async () => {
    const [group] = (await duplicates()).groups;
    const loser = group!.tracks.find((t) => t.id !== group!.keeperId)!;
    const done = await act({ action: 'archive', groupKey: group!.key, trackId: loser.id });
    expect(done).toMatchObject({ from: 'Downloads/Song (1).mp3', to: '_unsorted/duplicates/Downloads/Song (1).mp3' });
    expect(await exists(join(app.libraryRoot, done.to!))).toBe(true);
    expect(await exists(join(app.libraryRoot, done.from!))).toBe(false);
    expect((await tracks()).find((t) => t.id === loser.id)?.path).toBe(done.to);
    expect((await duplicates()).groups).toEqual([]);

    await undo(done.id);
    expect(await exists(join(app.libraryRoot, done.from!))).toBe(true);
    expect((await tracks()).find((t) => t.id === loser.id)?.path).toBe(done.from);
    expect((await duplicates()).groups).toHaveLength(1);
    await request(app.server).post(`/api/v1/library/duplicates/actions/${done.id}/undo`).expect(409);
  });

  it('deletes a file into the hidden part of the archive folder, marking its track missing, and undoes it', async () => {
    const [group] = (await duplicates()).groups;
    const loser = group!.tracks.find((t) => t.id !== group!.keeperId)!;
    const done = await act({ action: 'delete', groupKey: group!.key, trackId: loser.id });
    expect(done.to).toBe('_unsorted/.deleted/Downloads/Song (1).mp3');
    expect(await exists(join(app.libraryRoot, done.to!))).toBe(true);
    expect((await duplicates()).groups).toEqual([]);
    expect((await request(app.server).get('/api/v1/system/watch').expect(200)).body.missingTracks).toBe(1);

    await undo(done.id);
    expect(await exists(join(app.libraryRoot, done.from!))).toBe(true);
    await pollUntil(
      async () => (await request(app.server).get('/api/v1/system/watch').expect(200)).body.missingTracks as number,
      (missing) => missing === 0,
      30_000,
    );
    expect((await tracks()).find((t) => t.id === loser.id)?.path).toBe(done.from);
  });

  it('keeps a group (hidden from the list) and undoes that', async () => {
    const [group] = (await duplicates()).groups;
    const kept = await act({ action: 'keep', groupKey: group!.key });
    const after = await duplicates();
    expect(after.groups).toEqual([]);
    expect(after.actions[0]).toMatchObject({ id: kept.id, action: 'keep', undone: false });
    await undo(kept.id);
    expect((await duplicates()).groups).toHaveLength(1);
  });

  it.each([
    ['an unknown action', { action: 'burn', groupKey: 'bytes:abc', trackId: undefined }, 'action'],
    ['a group key that is a path', { action: 'keep', groupKey: '../../etc/passwd' }, 'groupKey'],
    ['archive without a track', { action: 'archive', groupKey: 'bytes:abc' }, 'trackId'],
    ['a track id that is not a UUID', { action: 'delete', groupKey: 'bytes:abc', trackId: '../x' }, 'trackId'],
  ])('refuses %s with a 400 naming the field', async (_case, body, field) => {
    const response = await request(app.server).post('/api/v1/library/duplicates/actions').send(body).expect(400);
    expect(response.body.errors).toContainEqual(expect.objectContaining({ field }));
  });

  it('answers 404 for a track or an action it does not know', async () => {
    const unknown = '00000000-0000-4000-8000-000000000000';
    await request(app.server)
      .post('/api/v1/library/duplicates/actions')
      .send({ action: 'archive', groupKey: 'bytes:abc', trackId: unknown })
      .expect(404);
    await request(app.server).post(`/api/v1/library/duplicates/actions/${unknown}/undo`).expect(404);
  });
});
