// Ombi's Lidarr sequence replayed from libs/lidarr-api/test/fixtures/ombi-lidarr-requests.example.json with the casing
// Ombi sends (`AlbumsToMonitor`, `monitor` as an integer, `/api/v1/command/` with a slash), against the whole server
// and the fake music world: the album search runs through the real pipeline into the library.
import request from 'supertest';
import { type JobDto, JobKind, JobStatus, type Page } from '@app/contracts';
import { fakeArtistId, pollUntil } from '@app/testing';
import { lidarrFixture, substitute } from './support/lidarr-fixtures.js';
import { type MusicWorldApp, startMusicWorldApp } from './support/music-world-app.js';
import { isFinished, waitForJob } from './support/wait-for-job.js';

type Json = Record<string, unknown>;
interface AlbumJson {
  id: number;
  foreignAlbumId: string;
  monitored: boolean;
  artistId: number;
  statistics: Json;
}

const ombi = lidarrFixture<Record<string, Json>>('ombi-lidarr-requests.example.json');
const fixtureBody = (line: string): Json => {
  const body = ombi[line];
  if (!body) throw new Error(`The Ombi fixture has no ${line}`);
  return body;
};

let app: MusicWorldApp;

beforeAll(async () => {
  app = await startMusicWorldApp();
});

afterAll(async () => {
  await app?.close();
});

/** Ombi authenticates with the X-Api-Key header. */
const get = (path: string) => request(app.publicUrl).get(path).set('X-Api-Key', app.apiKey);
const send = (method: 'post' | 'put', path: string, body: unknown) =>
  request(app.publicUrl)
    [method](path)
    .set('X-Api-Key', app.apiKey)
    .send(body as object);

describe("Ombi's request sequence", () => {
  it('adds an artist with the album to monitor, monitors it and searches it into the library', async () => {
    const song = app.world.song('lanterns');
    const artistId = fakeArtistId('Nova Tide');
    const world = new Map<unknown, unknown>([
      ['Rick Astley', 'Nova Tide'],
      ['db92a151-1ac2-438b-bc43-b82e149ddd50', artistId],
      ['<release-group MBID>', song.releaseGroupId],
      ['/music', app.config.paths.libraryRoot],
    ]);

    expect((await get('/api/v1/system/status').expect(200)).body).toMatchObject({
      urlBase: '',
      version: expect.any(String),
    });
    expect((await get('/api/v1/qualityprofile').expect(200)).body).toEqual([expect.objectContaining({ id: 1 })]);
    expect((await get('/api/v1/metadataprofile').expect(200)).body).toEqual([expect.objectContaining({ id: 1 })]);
    const [root] = (await get('/api/v1/rootfolder').expect(200)).body as Json[];
    expect(root).toMatchObject({ path: app.config.paths.libraryRoot, freeSpace: expect.any(Number) });

    const lookup = (await get(`/api/v1/artist/lookup?term=lidarr:${artistId}`).expect(200)).body as Json[];
    expect(lookup).toEqual([expect.objectContaining({ id: 0, artistName: 'Nova Tide', foreignArtistId: artistId })]);

    const addBody = substitute(fixtureBody('POST /api/v1/artist (header X-Api-Key)'), world);
    expect(addBody['addOptions']).toMatchObject({ monitor: 3, AlbumsToMonitor: [song.releaseGroupId] });
    const added = (await send('post', '/api/v1/artist', addBody).expect(201)).body as Json;
    expect(added).toMatchObject({ id: expect.any(Number), artistName: 'Nova Tide', foreignArtistId: artistId });
    expect(added['id']).toBeGreaterThan(0);

    // Ombi looks for the album among the artist's albums for a few seconds after adding it.
    const albums = await pollUntil(
      async () => (await get(`/api/v1/album?artistId=${String(added['id'])}`).expect(200)).body as AlbumJson[],
      (list) => list.some((album) => album.foreignAlbumId === song.releaseGroupId),
      5_000,
    );
    const album = albums.find((a) => a.foreignAlbumId === song.releaseGroupId)!;
    expect(album).toMatchObject({ artistId: added['id'], monitored: true });
    world.set(42, album.id);

    await send('put', '/api/v1/album/monitor', substitute(fixtureBody('PUT /api/v1/album/monitor'), world)).expect(202);
    const searchBody = substitute(fixtureBody('POST /api/v1/command/'), world);
    const command = (await send('post', '/api/v1/command/', searchBody).expect(201)).body as Json;
    expect(command).toMatchObject({ id: expect.any(Number), name: 'AlbumSearch', body: { albumIds: [album.id] } });
    const ended = await pollUntil(
      async () => (await get(`/api/v1/command/${String(command['id'])}`).expect(200)).body as Json,
      (c) => c['status'] === 'completed' || c['status'] === 'failed',
      10_000,
    );
    expect(ended).toMatchObject({ status: 'completed', result: 'successful' });

    const jobs = (await request(app.server).get('/api/v1/jobs').query({ kind: JobKind.Album }).expect(200))
      .body as Page<JobDto>;
    expect(jobs.records.map((job) => job.query)).toEqual([song.releaseId]);
    const albumJob = await waitForJob(app.server, jobs.records[0]!.id, isFinished, 60_000);
    expect(albumJob).toMatchObject({ status: JobStatus.Success, children: [expect.anything()] });

    // Ombi marks an album available when percentOfEpisodes reaches 100.
    const after = (await get(`/api/v1/album/${album.id}`).expect(200)).body as AlbumJson;
    expect(after.statistics).toMatchObject({
      trackCount: 1,
      trackFileCount: 1,
      percentOfEpisodes: 100,
      percentOfTracks: 100,
    });
  });

  it('refuses the Lidarr API without the key', async () => {
    await request(app.publicUrl).get('/api/v1/artist').expect(401);
    await request(app.publicUrl).get('/api/v1/system/status').expect(401);
  });
});
