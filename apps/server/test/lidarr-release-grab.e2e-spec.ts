// Lidarr's grab, POST /api/v1/release: a release of the last GET /release becomes an album job, which downloads
// its .torrent from the indexer, adds it to a real qbittorrent-nox on loopback with the client's category and
// follows it in DOWNLOADING. Nothing seeds it: the torrent is only received (torrent-daemons.e2e-spec.ts follows
// a real download into the library).
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import createTorrent from 'create-torrent';
import request from 'supertest';
import { type JobDto, type JobEventDto, JobKind, JobState, type Page } from '@app/contracts';
import { BackgroundTasks } from '@app/lidarr-api';
import {
  type FakeHttpServer,
  fakeArtistId,
  makeTempDir,
  pollUntil,
  startFakeHttpServer,
  startQBittorrent,
} from '@app/testing';
import { readTorrentFile } from '@app/torrents';
import { type MusicWorldApp, startMusicWorldApp } from './support/music-world-app.js';

let app: MusicWorldApp;
let indexer: FakeHttpServer;
let temp: Awaited<ReturnType<typeof makeTempDir>>;
let qbittorrent: Awaited<ReturnType<typeof startQBittorrent>>;
let torrent: Buffer;
let albumId: number;

const FLAC_GUID = 'https://tracker.example/t/flac';

function feed(indexerUrl: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:torznab="http://torznab.com/schemas/2015/feed"><channel>
<item><title>Elsa Marrow - Low Tide Songs (2019) [FLAC]</title><guid>${FLAC_GUID}</guid><size>${300 * 1024 * 1024}</size>
<link>${indexerUrl}/dl/flac.torrent</link><enclosure url="${indexerUrl}/dl/flac.torrent" length="${300 * 1024 * 1024}" type="application/x-bittorrent" />
<torznab:attr name="seeders" value="7" /></item></channel></rss>`;
}

beforeAll(async () => {
  temp = await makeTempDir('tt-release-grab');
  // As large as four seconds of FLAC (the album's one track), so the file list matches the track.
  await writeFile(join(temp.path, '01 - Lanterns on the Water.flac'), Buffer.alloc(512 * 1024, 7));
  torrent = await new Promise<Buffer>((resolve, reject) =>
    createTorrent(join(temp.path, '01 - Lanterns on the Water.flac'), { announceList: [] }, (error, bytes) =>
      error ? reject(error) : resolve(Buffer.from(bytes)),
    ),
  );
  indexer = await startFakeHttpServer((req) =>
    req.path === '/dl/flac.torrent'
      ? { headers: { 'content-type': 'application/x-bittorrent' }, body: torrent }
      : { body: feed(indexer.url) },
  );
  qbittorrent = await startQBittorrent(join(temp.path, 'qbittorrent'));
  app = await startMusicWorldApp({ sources: { allowPrivate: ['127.0.0.1'] } });
  const added = await request(app.server)
    .post('/api/v1/artist')
    .send({ ForeignArtistId: fakeArtistId('Elsa Marrow'), AddOptions: { Monitor: 'None' } })
    .expect(201);
  await app.app.get(BackgroundTasks).idle();
  albumId = (await request(app.server).get(`/api/v1/album?artistId=${added.body.id}`).expect(200)).body[0].id;
  await request(app.server)
    .post('/api/v1/torrents/indexers')
    .send({ name: 'Loopback Jackett', url: `${indexer.url}/api/v2.0/indexers/all/results/torznab/`, apiKey: 'k3y' })
    .expect(201);
}, 120_000);

afterAll(async () => {
  await app?.close();
  await indexer?.close();
  await qbittorrent?.stop();
  await temp?.remove();
});

describe('POST /api/v1/release', () => {
  it('answers 409 while no download client is enabled', async () => {
    const [release] = (await request(app.server).get(`/api/v1/release?albumId=${albumId}`).expect(200)).body;
    const refused = await request(app.server).post('/api/v1/release').send(release).expect(409);
    expect(refused.body.message).toMatch(/No download client is enabled/);
  });

  it('makes an album job that sends the searched release to qBittorrent with the category, and answers the release', async () => {
    await request(app.server)
      .post('/api/v1/torrents/clients')
      .send({
        kind: 'qbittorrent',
        url: qbittorrent.url,
        username: qbittorrent.username,
        password: qbittorrent.password,
        category: 'truetrack-music',
      })
      .expect(201);
    const [release] = (await request(app.server).get(`/api/v1/release?albumId=${albumId}`).expect(200)).body;
    expect(release).toMatchObject({ guid: FLAC_GUID, indexerId: 1, approved: true });

    const grabbed = await request(app.server)
      .post('/api/v1/release')
      .send({ guid: release.guid, indexerId: release.indexerId })
      .expect(200);
    expect(grabbed.body).toEqual(release);

    const jobs = (await request(app.server).get('/api/v1/jobs').expect(200)).body as Page<JobDto>;
    const albumJobs = jobs.records.filter((job) => job.kind === JobKind.Album);
    expect(albumJobs).toHaveLength(1);
    const history = await pollUntil(
      () => app.history(albumJobs[0]!.id),
      (events) => events.some((e) => [JobState.Downloading, JobState.Failed].includes(e.to)),
      60_000,
      (events) => `the album job never reached DOWNLOADING: ${JSON.stringify(events)}`,
    );
    expect(history.map((e: JobEventDto) => [e.to, e.reason])).toContainEqual([
      JobState.Downloading,
      expect.stringMatching(
        /^Release grabbed through Lidarr's POST \/api\/v1\/release; sent Elsa Marrow - Low Tide Songs \(2019\) \[FLAC\] \(FLAC, .*\) to qbittorrent; All 1 tracks have a file named like them$/,
      ),
    ]);
    const { infoHash } = readTorrentFile(torrent);
    const received = await pollUntil(
      () => qbittorrent.client.status(infoHash),
      (status) => status !== undefined,
      30_000,
      () => `qBittorrent never listed ${infoHash}: ${qbittorrent.output()}`,
    );
    expect(received!.name).toBe('01 - Lanterns on the Water.flac');
    expect(indexer.requests.filter((r) => r.path === '/dl/flac.torrent')).toHaveLength(1);
    const [raw] = await fetchCategoryOf(infoHash);
    expect(raw).toBe('truetrack-music');
  });

  it('answers 404 for a guid no search showed, and 400 naming guid or indexerId', async () => {
    const unknown = await request(app.server)
      .post('/api/v1/release')
      .send({ guid: 'https://tracker.example/t/never', indexerId: 1 })
      .expect(404);
    expect(unknown.body.message).toMatch(/cache/);
    await request(app.server).post('/api/v1/release').send({ guid: FLAC_GUID, indexerId: 2 }).expect(404);
    const noGuid = await request(app.server).post('/api/v1/release').send({ indexerId: 1 }).expect(400);
    expect(noGuid.body[0].propertyName).toBe('guid');
    const noIndexer = await request(app.server).post('/api/v1/release').send({ guid: FLAC_GUID }).expect(400);
    expect(noIndexer.body[0].propertyName).toBe('indexerId');
  });
});

/** The category qBittorrent filed the torrent under, read from its own API. */
async function fetchCategoryOf(infoHash: string): Promise<string[]> {
  const login = await fetch(`${qbittorrent.url}/api/v2/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ username: qbittorrent.username, password: qbittorrent.password }),
  });
  const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
  const info = await fetch(`${qbittorrent.url}/api/v2/torrents/info?hashes=${infoHash}`, { headers: { cookie } });
  return ((await info.json()) as { category: string }[]).map((t) => t.category);
}
