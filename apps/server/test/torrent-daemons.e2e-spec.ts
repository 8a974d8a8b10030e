// The album request end to end on loopback with no fakes for the torrent part: an in-process HTTP tracker, a real
// seeder holding an ffmpeg-made FLAC album whose .torrent create-torrent made, and the download client under test
// configured through the server's torrent settings, first qbittorrent-nox (Transmission seeds), then
// transmission-daemon (a second qbittorrent-nox seeds). A Torznab fake serves the release. The job must end with
// every track tagged in the library while the client under test goes on seeding the torrent.
import { join } from 'node:path';
import createTorrent from 'create-torrent';
import request from 'supertest';
import { type JobDto, type JobEventDto, JobKind, JobState, JobStatus } from '@app/contracts';
import { TagReader } from '@app/tagger';
import {
  type Daemon,
  type FakeHttpServer,
  fakeSong,
  makeFlacAlbum,
  makeTempDir,
  pollUntil,
  startFakeHttpServer,
  startQBittorrent,
  startTracker,
  startTransmission,
} from '@app/testing';
import { type DownloadClient, readTorrentFile } from '@app/torrents';
import { type MusicWorldApp, startMusicWorldApp } from './support/music-world-app.js';
import { isFinished, waitForJob } from './support/wait-for-job.js';

interface Album {
  artist: string;
  title: string;
  songs: ReturnType<typeof fakeSong>[];
  /** The release name the indexer shows and the torrent's folder. */
  name: string;
  torrent?: Buffer;
  infoHash?: string;
}

const SECONDS = 4;
function album(artist: string, title: string, year: number, tracks: string[]): Album {
  const songs = tracks.map((track, i) =>
    fakeSong({
      key: `${title}-${i + 1}`,
      title: track,
      artists: [artist],
      album: title,
      releaseDate: `${year}-04-11`,
      trackNumber: i + 1,
      durationSec: SECONDS,
    }),
  );
  return { artist, title, songs, name: `${artist} - ${title} (${year}) [FLAC]` };
}

const SALT = album('Corvid Hollow', 'Salt Meridian', 2015, ['Brine Lamps', 'Harbour of Wires', 'Low Bells']);
const COPPER = album('Juniper Vale', 'Copper Orchard', 2018, ['Rust Blossom', 'Kettle Moon', 'Slow Verdigris']);

let app: MusicWorldApp;
let indexer: FakeHttpServer;
let tracker: Awaited<ReturnType<typeof startTracker>>;
let temp: Awaited<ReturnType<typeof makeTempDir>>;
const daemons: Daemon[] = [];
let offered: Album | undefined;

function feed(): string {
  const item = offered
    ? `<item><title>${offered.name}</title><guid>https://tracker.example/t/${offered.infoHash}</guid>
<size>${sizeOf(offered)}</size><link>${indexer.url}/dl/${offered.infoHash}.torrent</link>
<enclosure url="${indexer.url}/dl/${offered.infoHash}.torrent" length="${sizeOf(offered)}" type="application/x-bittorrent" />
<torznab:attr name="seeders" value="1" /></item>`
    : '';
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:torznab="http://torznab.com/schemas/2015/feed"><channel>${item}</channel></rss>`;
}

const sizeOf = (a: Album) => readTorrentFile(a.torrent!).files.reduce((n, f) => n + f.sizeBytes, 0);

/** Renders the album into `dir/<name>` and makes its .torrent announcing to the loopback tracker. */
async function prepare(a: Album, dir: string): Promise<void> {
  await makeFlacAlbum(
    join(dir, a.name),
    a.artist,
    a.title,
    a.songs.map((s) => s.title),
    { seconds: SECONDS, noise: true },
  );
  a.torrent = await new Promise<Buffer>((resolve, reject) =>
    createTorrent(join(dir, a.name), { announceList: [[tracker.announceUrl]], pieceLength: 16384 }, (error, bytes) =>
      error ? reject(error) : resolve(Buffer.from(bytes)),
    ),
  );
  a.infoHash = readTorrentFile(a.torrent).infoHash;
}

/** The seeder has the whole album, and the tracker lists it, so a client's first announce finds it. */
async function seed(client: DownloadClient, a: Album, dir: string): Promise<void> {
  await client.add({ kind: 'torrent', bytes: a.torrent! }, a.infoHash!, { label: 'seed', savePath: dir });
  await pollUntil(
    () => client.status(a.infoHash!),
    (s) => s?.state === 'seeding' && s.progress === 1,
    120_000,
    (last) => `the seeder never had all of ${a.name}: ${JSON.stringify(last)}`,
  );
  await pollUntil(
    async () => tracker.swarm(a.infoHash!),
    (swarm) => swarm.seeders >= 1,
    120_000,
    (swarm) =>
      `the tracker never listed the seeder of ${a.name} (${JSON.stringify(swarm)}): ${tracker.log().join(' | ')}`,
  );
}

async function useClient(body: Record<string, unknown>): Promise<void> {
  for (const existing of (await request(app.server).get('/api/v1/torrents/clients').expect(200)).body as {
    id: number;
  }[])
    await request(app.server).delete(`/api/v1/torrents/clients/${existing.id}`).expect(204);
  await request(app.server).post('/api/v1/torrents/clients').send(body).expect(201);
}

async function requestAlbum(a: Album): Promise<JobDto> {
  offered = a;
  const body = { query: `${a.artist} - ${a.title}`, kind: JobKind.Album };
  return (await request(app.server).post('/jobs').send(body).expect(201)).body as JobDto;
}

/** Every track of the album is a finished child whose library file carries the MusicBrainz recording it is. */
async function expectTaggedInLibrary(done: JobDto, a: Album): Promise<void> {
  expect(done.status).toBe(JobStatus.Success);
  expect(done.children).toHaveLength(a.songs.length);
  const tagged = [];
  for (const child of done.children!) {
    const job = (await request(app.server).get(`/api/v1/jobs/${child.id}`).expect(200)).body as JobDto;
    expect(job.status).toBe(JobStatus.Success);
    const { tags, audio } = await new TagReader().read(
      join(app.config.paths.libraryRoot, String(job.result?.['path'])),
    );
    expect(audio).toMatchObject({ format: 'flac', lossless: true });
    tagged.push({
      title: tags.metadata.title,
      album: tags.metadata.album,
      recordingId: tags.metadata.musicbrainz.recordingId,
    });
  }
  expect(tagged.sort((x, y) => x.title.localeCompare(y.title))).toEqual(
    a.songs
      .map((s) => ({ title: s.title, album: a.title, recordingId: s.recordingId }))
      .sort((x, y) => x.title.localeCompare(y.title)),
  );
}

async function historyOf(id: string): Promise<JobEventDto[]> {
  return (await request(app.server).get(`/api/v1/jobs/${id}/history`).expect(200)).body as JobEventDto[];
}

beforeAll(async () => {
  temp = await makeTempDir('tt-torrent-daemons');
  tracker = await startTracker();
  await prepare(SALT, join(temp.path, 'transmission-seed', 'downloads'));
  await prepare(COPPER, join(temp.path, 'qbittorrent-seed', 'downloads'));
  indexer = await startFakeHttpServer((req) =>
    req.path.startsWith('/dl/')
      ? { headers: { 'content-type': 'application/x-bittorrent' }, body: offered!.torrent }
      : { headers: { 'content-type': 'application/xml' }, body: feed() },
  );
  app = await startMusicWorldApp({ torrents: { pollMs: 250 } }, { songs: [...SALT.songs, ...COPPER.songs] });
  await request(app.server)
    .post('/api/v1/torrents/indexers')
    .send({ name: 'Loopback Jackett', url: `${indexer.url}/api/v2.0/indexers/all/results/torznab/`, apiKey: 'k3y' })
    .expect(201);
}, 180_000);

afterAll(async () => {
  await app?.close();
  for (const daemon of daemons.reverse()) await daemon.stop();
  await indexer?.close();
  await tracker?.close();
  await temp?.remove();
}, 60_000);

describe('an album request with real torrent clients on loopback', () => {
  it('qBittorrent, configured in the settings, downloads the album Transmission seeds; tracks tagged, still seeding', async () => {
    const seeder = await startTransmission(join(temp.path, 'transmission-seed'));
    daemons.push(seeder);
    await seed(seeder.client, SALT, join(temp.path, 'transmission-seed', 'downloads'));
    const qb = await startQBittorrent(join(temp.path, 'qbittorrent'));
    daemons.push(qb);
    await useClient({
      kind: 'qbittorrent',
      url: qb.url,
      username: qb.username,
      password: qb.password,
      category: 'truetrack-music',
    });

    const job = await requestAlbum(SALT);
    const done = await waitForJob(app.server, job.id, isFinished, 300_000).catch(async (error: Error) => {
      throw new Error(`${error.message}; ${await qb.diagnose(SALT.infoHash!)}; ${qb.output()}`);
    });

    const history = await historyOf(job.id);
    expect(history.find((e) => e.to === JobState.Downloading)?.reason).toContain(`sent ${SALT.name} (FLAC,`);
    expect(history.find((e) => e.to === JobState.AwaitingChildren)?.reason).toMatch(
      /^Downloaded .*: 3 tracks \(3 hard-linked\); .*; qbittorrent goes on seeding$/,
    );
    await expectTaggedInLibrary(done, SALT);
    expect(await qb.client.status(SALT.infoHash!)).toMatchObject({
      state: 'seeding',
      progress: 1,
      savePath: expect.stringContaining(qb.downloads),
    });
  }, 420_000);

  it('Transmission, configured in the settings, downloads the album qBittorrent seeds; tracks tagged, still seeding', async () => {
    const seeder = await startQBittorrent(join(temp.path, 'qbittorrent-seed'));
    daemons.push(seeder);
    await seed(seeder.client, COPPER, join(temp.path, 'qbittorrent-seed', 'downloads'));
    const transmission = await startTransmission(join(temp.path, 'transmission'));
    daemons.push(transmission);
    await useClient({ kind: 'transmission', url: transmission.url, category: 'truetrack-music' });

    const job = await requestAlbum(COPPER);
    // Transmission never calls a loopback peer: once the tracker lists it, the seeder is asked to announce again
    // and calls it (see torrent-daemons.ts).
    await pollUntil(
      async () => tracker.swarm(COPPER.infoHash!),
      (swarm) => swarm.leechers >= 1,
      300_000,
      (swarm) => `Transmission never announced ${COPPER.name} (${JSON.stringify(swarm)}): ${transmission.output()}`,
    );
    await seeder.reannounce(COPPER.infoHash!);
    const done = await waitForJob(app.server, job.id, isFinished, 300_000).catch(async (error: Error) => {
      throw new Error(`${error.message}; ${await seeder.diagnose(COPPER.infoHash!)}; ${transmission.output()}`);
    });

    const history = await historyOf(job.id);
    expect(history.find((e) => e.to === JobState.Downloading)?.reason).toContain(`sent ${COPPER.name} (FLAC,`);
    // Transmission can still call the torrent downloading at the instant its last piece lands (status 4 at 100 %),
    // so the reason may not say it seeds yet; the client's own status below must.
    expect(history.find((e) => e.to === JobState.AwaitingChildren)?.reason).toMatch(
      /^Downloaded .*: 3 tracks \(3 hard-linked\); All 3 tracks have a file named like them/,
    );
    await expectTaggedInLibrary(done, COPPER);
    await pollUntil(
      () => transmission.client.status(COPPER.infoHash!),
      (status) => status?.state === 'seeding' && status.progress === 1,
      60_000,
      (status) => `Transmission does not seed ${COPPER.name}: ${JSON.stringify(status)}`,
    );
  }, 420_000);
});
