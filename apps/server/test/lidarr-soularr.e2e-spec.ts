// Soularr's Lidarr sequence (through pyarr), from libs/lidarr-api/test/fixtures/soularr-lidarr-requests.example.json:
// page through wanted albums, read an album's releases and tracks, check the queue, then ask for a scan of a
// download folder and poll the command until it ends. pyarr sends booleans as `True`/`False`.
import request from 'supertest';
import { BackgroundTasks } from '@app/lidarr-api';
import { fakeArtistId, pollUntil } from '@app/testing';
import { lidarrFixture } from './support/lidarr-fixtures.js';
import { type MusicWorldApp, startMusicWorldApp } from './support/music-world-app.js';

type Json = Record<string, unknown>;
const soularr = lidarrFixture('soularr-lidarr-requests.example.json');

let app: MusicWorldApp;

beforeAll(async () => {
  app = await startMusicWorldApp();
});

afterAll(async () => {
  await app?.close();
});

/** A request line of the fixture with its illustrative ids replaced; pyarr sends the key as X-Api-Key. */
function soularrGet(line: string, ids: Record<string, number> = {}) {
  expect(Object.keys(soularr)).toContain(line);
  let path = line.replace(/^GET /, '');
  for (const [from, to] of Object.entries(ids)) path = path.replace(from, from.replace(/\d+$/, String(to)));
  return request(app.publicUrl).get(path).set('X-Api-Key', app.apiKey).expect(200);
}

describe("Soularr's request sequence", () => {
  it('finds the wanted album, its release and tracks, and scans a download folder', async () => {
    const added = await request(app.server)
      .post('/api/v1/artist')
      .send({ foreignArtistId: fakeArtistId('Ivo Lark'), addOptions: { monitor: 'all' } })
      .expect(201);
    await app.app.get(BackgroundTasks).idle();
    const artistId = (added.body as { id: number }).id;

    const wanted = (
      await soularrGet('GET /api/v1/wanted/missing?pageSize=10&sortKey=albums.title&sortDirection=ascending')
    ).body as { totalRecords: number; pageSize: number; records: Json[] };
    expect(wanted).toMatchObject({ totalRecords: 1, pageSize: 10, page: 1, sortDirection: 'ascending' });
    const [record] = wanted.records;
    expect(record).toMatchObject({
      title: 'Cartography',
      artistId,
      releaseDate: '2018-01-26T00:00:00Z',
      artist: expect.objectContaining({ artistName: 'Ivo Lark' }),
    });
    const albumId = record!['id'] as number;

    const album = (await soularrGet('GET /api/v1/album/42?includeAllArtistAlbums=False', { '/album/42': albumId }))
      .body as Json;
    expect(album).toMatchObject({ title: 'Cartography', artist: expect.objectContaining({ artistName: 'Ivo Lark' }) });
    const [release] = album['releases'] as Json[];
    expect(release).toMatchObject({
      albumId,
      id: expect.any(Number),
      format: 'Digital Media',
      trackCount: 1,
      media: [{ mediumNumber: 1, mediumName: '', mediumFormat: 'Digital Media' }],
      country: ['XW'],
      status: 'Official',
    });

    const tracks = await soularrGet('GET /api/v1/track?artistId=7&albumId=42&albumReleaseId=99', {
      'artistId=7': artistId,
      'albumId=42': albumId,
      'albumReleaseId=99': release!['id'] as number,
    });
    expect(tracks.body).toEqual([expect.objectContaining({ albumId, title: 'Teardrop Atlas', mediumNumber: 1 })]);

    const queue = (await soularrGet('GET /api/v1/queue?sortKey=albums.title&sortDirection=ascending')).body as Json;
    expect(queue).toMatchObject({ totalRecords: 0, pageSize: 10, records: [] });

    const scan = soularr['POST /api/v1/command'] as Json;
    const command = (await request(app.server).post('/api/v1/command').send(scan).expect(201)).body as Json;
    const ended = await pollUntil(
      async () => (await soularrGet('GET /api/v1/command/17', { '/command/17': command['id'] as number })).body as Json,
      (c) => c['status'] === 'completed' || c['status'] === 'failed',
      10_000,
    );
    expect(ended).toMatchObject({
      commandName: 'Downloaded Albums Scan',
      status: 'completed',
      body: expect.objectContaining({ path: scan['path'] }),
    });
    expect(String(ended['message'])).not.toContain('Failed');
  });
});
