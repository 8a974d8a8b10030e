// An album job with a torrent source on the whole server: the Torznab fake serves a FLAC release, the album is
// grabbed into the download client, followed in DOWNLOADING (percent, speed, ETA, peers, seeding), and its file goes
// through EXTRACTING … STORING as a child track job, while the client's own file stays as it was (seeding). The
// client is a loopback fake of qBittorrent's WebUI API (for speed; the real daemons run in the int and grab tests).
// Then: close releases make the job wait for a person, whose choice is grabbed; a cancel removes the torrent.
import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import createTorrent from 'create-torrent';
import request from 'supertest';
import { type JobDto, type JobEventDto, JobKind, JobState, JobStatus, JobStreamEvent } from '@app/contracts';
import { JobEventBus } from '@app/jobs';
import { type FakeHttpServer, generateAudio, makeTempDir, pollUntil, startFakeHttpServer } from '@app/testing';
import { readTorrentFile } from '@app/torrents';
import { type FakeQBittorrent, type FakeTorrentState, startFakeQBittorrent } from './support/fake-qbittorrent.js';
import { type MusicWorldApp, startMusicWorldApp } from './support/music-world-app.js';
import { isFinished, waitForJob } from './support/wait-for-job.js';

const NAME = 'Elsa Marrow - Low Tide Songs (2016) [FLAC]';
const FILE = '01 - Lanterns on the Water.flac';
const DOWNLOADING: FakeTorrentState = {
  state: 'downloading',
  progress: 0.5,
  dlspeed: 2 * 1024 * 1024,
  eta: 30,
  num_seeds: 4,
  num_leechs: 2,
};
const SEEDING: FakeTorrentState = { state: 'stalledUP', progress: 1, num_seeds: 4 };

let app: MusicWorldApp;
let indexer: FakeHttpServer;
let qbittorrent: FakeQBittorrent;
let temp: Awaited<ReturnType<typeof makeTempDir>>;
let torrent: Buffer;
let infoHash: string;
let size: number;
let states: FakeTorrentState[] = [];
let items: string[] = [];

const sha1 = async (file: string) =>
  createHash('sha1')
    .update(await readFile(file))
    .digest('hex');

function item(title: string, guid: string, seeders: number): string {
  return `<item><title>${title}</title><guid>${guid}</guid><size>${size}</size>
<link>${indexer.url}/dl/album.torrent</link><enclosure url="${indexer.url}/dl/album.torrent" length="${size}" type="application/x-bittorrent" />
<torznab:attr name="seeders" value="${seeders}" /></item>`;
}

const feed = () =>
  `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:torznab="http://torznab.com/schemas/2015/feed"><channel>${items.join('')}</channel></rss>`;

async function requestAlbum(options: Record<string, unknown> = {}): Promise<JobDto> {
  const body = { query: 'Elsa Marrow - Low Tide Songs', kind: JobKind.Album, options };
  return (await request(app.server).post('/jobs').send(body).expect(201)).body as JobDto;
}

beforeAll(async () => {
  temp = await makeTempDir('tt-torrent-albums');
  const save = join(temp.path, 'downloads');
  await mkdir(join(save, NAME), { recursive: true });
  // Noise: a FLAC of it is as large as a real recording of that length, so the size rules see a real album.
  await generateAudio(join(save, NAME, FILE), 'anoisesrc=d=4:c=pink:a=0.3', ['-c:a', 'flac', '-ar', '44100']);
  size = (await stat(join(save, NAME, FILE))).size;
  torrent = await new Promise<Buffer>((resolve, reject) =>
    createTorrent(join(save, NAME), { announceList: [] }, (error, bytes) =>
      error ? reject(error) : resolve(Buffer.from(bytes)),
    ),
  );
  infoHash = readTorrentFile(torrent).infoHash;
  indexer = await startFakeHttpServer((req) =>
    req.path === '/dl/album.torrent'
      ? { headers: { 'content-type': 'application/x-bittorrent' }, body: torrent }
      : { headers: { 'content-type': 'application/xml' }, body: feed() },
  );
  qbittorrent = await startFakeQBittorrent({
    infoHash,
    name: NAME,
    savePath: save,
    sizeBytes: size,
    files: [{ name: `${NAME}/${FILE}`, size }],
    states: () => states,
  });
  app = await startMusicWorldApp({ torrents: { pollMs: 100 } });
  await request(app.server)
    .post('/api/v1/torrents/indexers')
    .send({ name: 'Loopback Jackett', url: `${indexer.url}/api/v2.0/indexers/all/results/torznab/`, apiKey: 'k3y' })
    .expect(201);
  await request(app.server)
    .post('/api/v1/torrents/clients')
    .send({ kind: 'qbittorrent', url: qbittorrent.url, username: 'admin', password: 'secret', category: 'truetrack' })
    .expect(201);
}, 120_000);

afterAll(async () => {
  await app?.close();
  await qbittorrent?.close();
  await indexer?.close();
  await temp?.remove();
});

describe('an album job with a torrent source', () => {
  it('grabs the release, follows it in DOWNLOADING and stores its track while the client keeps seeding', async () => {
    items = [item(NAME, 'https://tracker.example/t/flac', 7)];
    states = [DOWNLOADING, SEEDING];
    const original = join(temp.path, 'downloads', NAME, FILE);
    const before = await sha1(original);
    const progress: { jobId: string; detail?: Record<string, unknown> }[] = [];
    const stop = app.app.get(JobEventBus).subscribe((message) => {
      if (message.type === JobStreamEvent.Progress && message.state === JobState.Downloading)
        progress.push({ jobId: message.jobId, ...(message.progress.detail && { detail: message.progress.detail }) });
    });

    const job = await requestAlbum();
    const done = await waitForJob(app.server, job.id, isFinished, 60_000);
    stop();

    expect(done).toMatchObject({ status: JobStatus.Success, children: [{ status: JobStatus.Success }] });
    expect(qbittorrent.added()).toEqual([expect.objectContaining({ category: 'truetrack' })]);
    const history = (await request(app.server).get(`/api/v1/jobs/${job.id}/history`).expect(200)).body as JobEventDto[];
    const grabbed = history.find((e) => e.to === JobState.Downloading)!;
    expect(grabbed).toMatchObject({ from: JobState.Expanding });
    expect(grabbed.reason).toContain(`sent ${NAME} (FLAC,`);
    expect(history.find((e) => e.to === JobState.AwaitingChildren)?.reason).toMatch(
      /^Downloaded .*: 1 tracks \(1 hard-linked\); .*; qbittorrent goes on seeding$/,
    );
    const detail = progress.filter((p) => p.jobId === job.id).map((p) => p.detail);
    expect(detail).toContainEqual(
      expect.objectContaining({
        percent: 50,
        speedBytesPerSecond: 2 * 1024 * 1024,
        etaSeconds: 30,
        peers: 2,
        seeds: 4,
        seeding: false,
      }),
    );
    expect(detail).toContainEqual(expect.objectContaining({ percent: 100, seeding: true }));

    const childId = done.children![0]!.id;
    const childHistory = (await request(app.server).get(`/api/v1/jobs/${childId}/history`).expect(200))
      .body as JobEventDto[];
    expect(childHistory.map((e) => e.to)).toEqual([
      JobState.Extracting,
      JobState.MatchingMetadata,
      JobState.Tagging,
      JobState.Storing,
      JobState.Finalized,
    ]);
    expect(childHistory[0]?.reason).toMatch(/^Requested by album job .*; Downloaded with its album's torrent$/);
    const stored = await readdir(join(app.config.paths.libraryRoot, 'Elsa Marrow'), { recursive: true });
    expect(stored.some((name) => name.endsWith('Lanterns on the Water.flac'))).toBe(true);
    // The client's file is the one it downloaded, byte for byte: the tags went into the library's copy only.
    expect(await sha1(original)).toBe(before);
    expect(qbittorrent.deleted()).toEqual([]);
  }, 90_000);

  it('waits for a person between two alike releases, grabs the chosen one, and a cancel removes it from the client', async () => {
    items = [
      item('Elsa Marrow - Low Tide Songs (2016) [FLAC] WEB', 'https://tracker.example/t/web', 7),
      item('Elsa Marrow - Low Tide Songs (2016) [FLAC] CD', 'https://tracker.example/t/cd', 8),
    ];
    states = [DOWNLOADING];
    const addedBefore = qbittorrent.added().length;

    const job = await requestAlbum();
    const waiting = await waitForJob(app.server, job.id, (j) => j.status !== JobStatus.Running, 30_000);
    expect(waiting).toMatchObject({ status: JobStatus.Waiting, state: JobState.UserIntentSelection });
    const candidates = waiting.candidates!;
    expect(candidates.map((c) => c.provider)).toEqual(['torrent', 'torrent']);
    expect(candidates.map((c) => c.reasons[1])).toEqual(['Approved', 'Approved']);
    expect(candidates.map((c) => c.payload['title']).sort()).toEqual([
      'Elsa Marrow - Low Tide Songs (2016) [FLAC] CD',
      'Elsa Marrow - Low Tide Songs (2016) [FLAC] WEB',
    ]);
    expect(candidates[0]!.payload).toMatchObject({ album: 'Low Tide Songs', artist: 'Elsa Marrow' });
    expect(candidates[0]!.reasons[0]).toMatch(
      /^Elsa Marrow - Low Tide Songs \(2016\) \[FLAC\] (WEB|CD) \(FLAC, .*, (7|8) seeders, Loopback Jackett\)$/,
    );
    const history = (await request(app.server).get(`/api/v1/jobs/${job.id}/history`).expect(200)).body as JobEventDto[];
    expect(history.at(-1)?.reason).toMatch(
      /are alike in quality \(FLAC\), score, seeders and size; the ranking cannot tell them apart; choose the torrent release$/,
    );
    expect(qbittorrent.added()).toHaveLength(addedBefore);

    const chosen = candidates[1]!;
    await request(app.server).post(`/jobs/${job.id}/input`).send({ choice: chosen.id }).expect(200);
    const downloading = await waitForJob(app.server, job.id, (j) => j.state === JobState.Downloading, 30_000);
    expect(downloading.status).toBe(JobStatus.Running);
    const grabbed = (
      (await request(app.server).get(`/api/v1/jobs/${job.id}/history`).expect(200)).body as JobEventDto[]
    ).at(-1)!;
    const chosenTitle = (chosen.payload['torrent'] as { title: string }).title;
    expect(grabbed).toMatchObject({ from: JobState.Expanding, to: JobState.Downloading });
    expect(grabbed.reason).toMatch(
      new RegExp(`^Release chosen by a person; sent ${chosenTitle.replace(/[[\]()]/g, '\\$&')} `),
    );
    expect(qbittorrent.added()).toHaveLength(addedBefore + 1);

    await request(app.server).post(`/jobs/${job.id}/cancel`).expect(200);
    const deleted = await pollUntil(
      async () => qbittorrent.deleted(),
      (calls) => calls.length > 0,
      10_000,
    );
    expect(deleted).toEqual([{ hashes: infoHash, deleteFiles: 'true' }]);
    expect((await waitForJob(app.server, job.id, isFinished)).status).toBe(JobStatus.Cancelled);
  }, 90_000);
});
