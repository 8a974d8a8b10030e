// Lidarr's interactive search, GET /api/v1/release?albumId=: the configured Torznab indexers asked for the album,
// releases ranked with Lidarr's fields (approved, rejections, qualityWeight, seeders).
import request from 'supertest';
import { BackgroundTasks } from '@app/lidarr-api';
import { type FakeHttpServer, fakeArtistId, startFakeHttpServer } from '@app/testing';
import { type MusicWorldApp, startMusicWorldApp } from './support/music-world-app.js';

let app: MusicWorldApp;
let indexer: FakeHttpServer;
let albumId: number;

const item = (title: string, seeders: number, size: number, hash: string) => `<item><title>${title}</title>
  <guid>https://tracker.example/t/${hash}</guid><size>${size}</size><pubDate>Sat, 14 Mar 2020 17:10:42 +0000</pubDate>
  <link>magnet:?xt=urn:btih:${hash}</link><enclosure url="magnet:?xt=urn:btih:${hash}" length="${size}" type="application/x-bittorrent" />
  <torznab:attr name="seeders" value="${seeders}" /><torznab:attr name="peers" value="${seeders + 1}" /></item>`;

const FEED = `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:torznab="http://torznab.com/schemas/2015/feed"><channel>
${item('Elsa Marrow - Low Tide Songs MP3 320kbps', 0, 90 * 1024 * 1024, 'b'.repeat(40))}
${item('Elsa Marrow - Low Tide Songs (2019) [FLAC]', 7, 300 * 1024 * 1024, 'a'.repeat(40))}
</channel></rss>`;

beforeAll(async () => {
  indexer = await startFakeHttpServer(() => ({ body: FEED }));
  app = await startMusicWorldApp({ sources: { allowPrivate: ['127.0.0.1'] } });
  const added = await request(app.server)
    .post('/api/v1/artist')
    .send({ ForeignArtistId: fakeArtistId('Elsa Marrow'), AddOptions: { Monitor: 'None' } })
    .expect(201);
  await app.app.get(BackgroundTasks).idle();
  const albums = (await request(app.server).get(`/api/v1/album?artistId=${added.body.id}`).expect(200)).body;
  albumId = albums[0].id;
  await request(app.server)
    .post('/api/v1/torrents/indexers')
    .send({ name: 'Loopback Jackett', url: `${indexer.url}/api/v2.0/indexers/all/results/torznab/`, apiKey: 'k3y' })
    .expect(201);
});

afterAll(async () => {
  await app?.close();
  await indexer?.close();
});

describe('GET /api/v1/release', () => {
  it('ranks the releases of the indexers for the album, with Lidarr fields and reasons', async () => {
    const releases = (await request(app.server).get(`/api/v1/release?albumId=${albumId}`).expect(200)).body;
    expect(releases).toEqual([
      expect.objectContaining({
        title: 'Elsa Marrow - Low Tide Songs (2019) [FLAC]',
        indexer: 'Loopback Jackett',
        protocol: 'torrent',
        approved: true,
        rejections: [],
        quality: expect.objectContaining({ quality: { id: 6, name: 'FLAC' } }),
        qualityWeight: 22,
        seeders: 7,
        releaseWeight: 1,
        infoHash: 'a'.repeat(40),
        albumId,
        artistName: 'Elsa Marrow',
        albumTitle: 'Low Tide Songs',
      }),
      expect.objectContaining({
        title: 'Elsa Marrow - Low Tide Songs MP3 320kbps',
        approved: false,
        rejected: true,
        rejections: ['Not enough seeders: 0. Minimum: 1'],
        qualityWeight: 20,
        releaseWeight: 2,
      }),
    ]);
    const search = indexer.requests.find((r) => r.query.get('t') === 'music')!;
    expect(Object.fromEntries(search.query)).toMatchObject({ artist: 'Elsa Marrow', album: 'Low Tide Songs', q: '' });
  });

  it('names albumId when it is missing, and answers 404 for an unknown album', async () => {
    const missing = await request(app.server).get('/api/v1/release').expect(400);
    expect(JSON.stringify(missing.body)).toContain('albumId');
    await request(app.server).get('/api/v1/release?albumId=999999').expect(404);
  });
});
