// Every route of the Lidarr-compatible API answers in the shape Lidarr's own openapi.json describes
// (libs/lidarr-api/test/fixtures/lidarr-openapi.json), checked on a catalog with an artist, albums, tracks in the
// library, a queued job, history and commands.
import request from 'supertest';
import { JobStatus } from '@app/contracts';
import { BackgroundTasks } from '@app/lidarr-api';
import { fakeArtistId, pollUntil } from '@app/testing';
import { checkSchema, responseSchema } from './support/openapi-check.js';
import {} from './support/lidarr-fixtures.js';
import { type MusicWorldApp, startMusicWorldApp } from './support/music-world-app.js';
import { isFinished, waitForJob } from './support/wait-for-job.js';

type Json = Record<string, unknown>;

let app: MusicWorldApp;
let artistId: number;
let albumId: number;

beforeAll(async () => {
  app = await startMusicWorldApp();
  const added = await request(app.server)
    .post('/api/v1/artist')
    .send({ foreignArtistId: fakeArtistId('Nova Tide'), addOptions: { monitor: 'all', searchForMissingAlbums: true } })
    .expect(201);
  artistId = (added.body as { id: number }).id;
  await app.app.get(BackgroundTasks).idle();
  const [album] = (await request(app.server).get(`/api/v1/album?artistId=${artistId}`).expect(200)).body as Json[];
  albumId = album!['id'] as number;
  const [job] = (await request(app.server).get('/api/v1/jobs?kind=album').expect(200)).body.records as Json[];
  await waitForJob(app.server, String(job!['id']), isFinished, 60_000);
  // A job waiting for a person's choice stays in the queue.
  const waiting = await app.request('Lanterns', { ask: true });
  await waitForJob(app.server, waiting.id, (j) => j.status === JobStatus.Waiting || isFinished(j), 30_000);
});

afterAll(async () => {
  await app?.close();
});

/** Calls the route and checks its answer against the schema Lidarr documents for `documented`. */
async function conforming(method: 'get' | 'post' | 'put', url: string, documented: string, body?: object) {
  const call = request(app.server)[method](url);
  const response = await (body ? call.send(body) : call);
  expect(response.status).toBeLessThan(300);
  expect(checkSchema(response.body, responseSchema(method, documented))).toEqual([]);
  return response.body as Json & Json[];
}

describe("answers conform to Lidarr's openapi", () => {
  it('system, root folders, profiles and tags', async () => {
    await conforming('get', '/api/v1/system/status', '/api/v1/system/status');
    expect(await conforming('get', '/api/v1/rootfolder', '/api/v1/rootfolder')).toHaveLength(1);
    await conforming('get', '/api/v1/qualityprofile', '/api/v1/qualityprofile');
    await conforming('get', '/api/v1/metadataprofile', '/api/v1/metadataprofile');
    expect(await conforming('post', '/api/v1/tag', '/api/v1/tag', { label: 'Requests' })).toMatchObject({ id: 1 });
    expect(await conforming('get', '/api/v1/tag', '/api/v1/tag')).toEqual([{ id: 1, label: 'requests' }]);
  });

  it('artists', async () => {
    expect(await conforming('get', '/api/v1/artist', '/api/v1/artist')).toHaveLength(1);
    const one = await conforming('get', `/api/v1/artist/${artistId}`, '/api/v1/artist/{id}');
    expect(one['statistics']).toMatchObject({ albumCount: 1, trackFileCount: 1, trackCount: 1 });
    await conforming('get', '/api/v1/artist/lookup?term=Elsa', '/api/v1/artist/lookup');
    await conforming('put', `/api/v1/artist/${artistId}`, '/api/v1/artist/{id}', { ...one, monitored: false });
    const other = { foreignArtistId: fakeArtistId('Ivo Lark'), addOptions: { monitor: 'none' } };
    expect(await conforming('post', '/api/v1/artist', '/api/v1/artist', other)).toMatchObject({
      artistName: 'Ivo Lark',
    });
  });

  it('albums, tracks, search and calendar', async () => {
    const albums = await conforming('get', `/api/v1/album?artistId=${artistId}`, '/api/v1/album');
    expect(albums[0]!['releases']).toHaveLength(1);
    const album = await conforming('get', `/api/v1/album/${albumId}`, '/api/v1/album/{id}');
    await conforming('put', `/api/v1/album/${albumId}`, '/api/v1/album/{id}', { ...album, monitored: true });
    const copper = app.world.song('copper');
    const single = { foreignAlbumId: copper.releaseGroupId, artist: { foreignArtistId: fakeArtistId('Mira Solen') } };
    const added = await conforming('post', '/api/v1/album', '/api/v1/album', single);
    expect(added).toMatchObject({ title: 'Weathervanes', monitored: true, artist: { artistName: 'Mira Solen' } });
    const lookup = await conforming('get', '/api/v1/album/lookup?term=Harbour', '/api/v1/album/lookup');
    expect(lookup).toEqual([expect.objectContaining({ id: albumId })]);
    const tracks = await conforming('get', `/api/v1/track?albumId=${albumId}`, '/api/v1/track');
    expect(tracks).toEqual([expect.objectContaining({ hasFile: true, albumId })]);
    await conforming('get', `/api/v1/track/${String(tracks[0]!['id'])}`, '/api/v1/track/{id}');
    expect(await conforming('get', '/api/v1/search?term=Nova', '/api/v1/search')).toHaveLength(1);
    const calendar = '/api/v1/calendar?start=2019-01-01T00:00:00Z&end=2019-12-31T00:00:00Z&unmonitored=true';
    expect(await conforming('get', calendar, '/api/v1/calendar')).toHaveLength(1);
  });

  it('queue, wanted, history and commands', async () => {
    const queue = await conforming('get', '/api/v1/queue', '/api/v1/queue');
    expect(queue['totalRecords']).toBe(1);
    expect(await conforming('get', '/api/v1/queue/status', '/api/v1/queue/status')).toMatchObject({ totalCount: 1 });
    await conforming('get', '/api/v1/wanted/missing?monitored=false', '/api/v1/wanted/missing');
    const history = await conforming('get', '/api/v1/history?pageSize=50', '/api/v1/history');
    expect(history['records']).toEqual(
      expect.arrayContaining([expect.objectContaining({ eventType: 'grabbed' }), expect.objectContaining({ albumId })]),
    );
    const command = await conforming('post', '/api/v1/command', '/api/v1/command', { name: 'RefreshArtist', artistId });
    await pollUntil(
      async () => (await request(app.server).get(`/api/v1/command/${String(command['id'])}`)).body as Json,
      (c) => c['status'] === 'completed',
      10_000,
    );
    await conforming('get', `/api/v1/command/${String(command['id'])}`, '/api/v1/command/{id}');
    expect(await conforming('get', '/api/v1/command', '/api/v1/command')).toHaveLength(1);
  });
});
