// How the Lidarr-compatible API behaves where Lidarr clients notice: paths in any case with or without a trailing
// slash, body keys in any case, enums as names or integers, query booleans in any case, FluentValidation-style 400
// bodies naming the property, 404 for unknown ids, and no null fields in answers.
import request from 'supertest';
import { BackgroundTasks } from '@app/lidarr-api';
import { fakeArtistId } from '@app/testing';
import { type MusicWorldApp, startMusicWorldApp } from './support/music-world-app.js';

let app: MusicWorldApp;
let artistId: number;

beforeAll(async () => {
  app = await startMusicWorldApp();
  const added = await request(app.server)
    .post('/api/v1/artist')
    .send({ ForeignArtistId: fakeArtistId('Elsa Marrow'), AddOptions: { Monitor: 'None' } })
    .expect(201);
  artistId = (added.body as { id: number }).id;
  await app.app.get(BackgroundTasks).idle();
});

afterAll(async () => {
  await app?.close();
});

/** Every path through the object, for the fields whose value is null. */
function nullFields(value: unknown, path = '$'): string[] {
  if (value === null) return [path];
  if (Array.isArray(value)) return value.flatMap((item, i) => nullFields(item, `${path}[${i}]`));
  if (typeof value !== 'object' || value === undefined) return [];
  return Object.entries(value).flatMap(([key, field]) => nullFields(field, `${path}.${key}`));
}

describe('paths', () => {
  it.each(['/api/v1/artist', '/API/V1/ARTIST', '/api/v1/artist/', '/Api/V1/Queue/Status/', '/api/v1/command/'])(
    'answers %s',
    async (path) => {
      await request(app.server).get(path).expect(200);
    },
  );

  it('keeps the job API next to it', async () => {
    await request(app.server).get('/api/v1/jobs').expect(200);
    await request(app.server).get('/api/v1/system/tools').expect(200);
  });
});

describe('bodies and queries', () => {
  it('read keys in any case and the monitor option as a name in any case', async () => {
    const artist = (await request(app.server).get(`/api/v1/artist/${artistId}`).expect(200)).body as object;
    expect(artist).toMatchObject({ artistName: 'Elsa Marrow', monitored: true });
    const albums = (await request(app.server).get(`/api/v1/album?artistId=${artistId}`).expect(200)).body as object[];
    expect(albums).toEqual([expect.objectContaining({ title: 'Low Tide Songs', monitored: false })]);
  });

  it('read booleans in the query in any case', async () => {
    const missing = (path: string) => request(app.server).get(path).expect(200);
    expect((await missing('/api/v1/wanted/missing?monitored=False')).body).toMatchObject({ totalRecords: 1 });
    expect((await missing('/api/v1/wanted/missing?monitored=TRUE')).body).toMatchObject({ totalRecords: 0 });
  });

  it('leave null fields out of answers', async () => {
    const artist = await request(app.server).get(`/api/v1/artist/${artistId}`).expect(200);
    const albums = await request(app.server).get('/api/v1/wanted/missing?monitored=false').expect(200);
    expect(nullFields(artist.body)).toEqual([]);
    expect(nullFields(albums.body)).toEqual([]);
  });
});

describe('validation', () => {
  it.each([
    [{}, 'ForeignArtistId'],
    [{ foreignArtistId: 'not-an-id' }, 'ForeignArtistId'],
    [{ foreignArtistId: fakeArtistId('Ivo Lark'), addOptions: { monitor: 'sometimes' } }, 'AddOptions.Monitor'],
    [{ foreignArtistId: fakeArtistId('Ivo Lark'), addOptions: { monitor: 42 } }, 'AddOptions.Monitor'],
    [{ foreignArtistId: fakeArtistId('Ivo Lark'), qualityProfileId: 0 }, 'QualityProfileId'],
    [{ foreignArtistId: fakeArtistId('Nobody At All') }, 'ForeignArtistId'],
    [{ foreignArtistId: fakeArtistId('Elsa Marrow') }, 'ForeignArtistId'],
  ])('refuses POST /artist %j naming %s', async (body, property) => {
    const response = await request(app.server).post('/api/v1/artist').send(body).expect(400);
    expect(response.body).toEqual([
      expect.objectContaining({ propertyName: property, errorMessage: expect.any(String), severity: 'error' }),
    ]);
  });

  it.each([
    ['put', '/api/v1/album/monitor', { albumIds: '1', monitored: true }, 'AlbumIds'],
    ['put', '/api/v1/album/monitor', { albumIds: [1] }, 'Monitored'],
    ['post', '/api/v1/command', { name: 'RssSync' }, 'Name'],
    ['post', '/api/v1/command', { name: 'AlbumSearch' }, 'AlbumIds'],
    ['post', '/api/v1/tag', { label: '' }, 'Label'],
    ['post', '/api/v1/album', { artistId: 1 }, 'ForeignAlbumId'],
    ['post', '/api/v1/album', { foreignAlbumId: 'b0a5a0c0-0000-4000-8000-000000000000' }, 'ArtistId'],
    ['post', '/api/v1/album', { foreignAlbumId: 'b0a5a0c0-0000-4000-8000-000000000000', artistId: 999 }, 'ArtistId'],
  ] as const)('refuses %s %s %j naming %s', async (method, path, body, property) => {
    const response = await request(app.server)[method](path).send(body).expect(400);
    expect(response.body).toEqual([expect.objectContaining({ propertyName: property })]);
  });

  it('refuses a query value it cannot read', async () => {
    const response = await request(app.server).get('/api/v1/album?artistId=seven').expect(400);
    expect(response.body).toEqual([expect.objectContaining({ propertyName: 'artistId' })]);
  });
});

describe('unknown ids', () => {
  it.each([
    '/api/v1/artist/999',
    '/api/v1/artist/abc',
    '/api/v1/album/999',
    '/api/v1/track/999',
    '/api/v1/command/999',
  ])('answer 404 for GET %s', async (path) => {
    const response = await request(app.server).get(path).expect(404);
    expect(response.body).toEqual({ message: expect.any(String) });
  });

  it('answer 404 for PUT and DELETE', async () => {
    await request(app.server).put('/api/v1/artist/999').send({ monitored: true }).expect(404);
    await request(app.server).put('/api/v1/album/999').send({ monitored: true }).expect(404);
    await request(app.server).delete('/api/v1/artist/999').expect(404);
  });

  it('delete an artist with its albums', async () => {
    const other = await request(app.server)
      .post('/api/v1/artist')
      .send({ foreignArtistId: fakeArtistId('Pale Harbor'), addOptions: { monitor: 'all' } })
      .expect(201);
    await app.app.get(BackgroundTasks).idle();
    const id = (other.body as { id: number }).id;
    await request(app.server).delete(`/api/v1/artist/${id}`).expect(200);
    await request(app.server).get(`/api/v1/artist/${id}`).expect(404);
    expect((await request(app.server).get(`/api/v1/album?artistId=${id}`).expect(200)).body).toEqual([]);
  });
});
