import { mkdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Logger } from '@nestjs/common';
import type { AppConfig } from '@app/config';
import { JobKind, JobState } from '@app/contracts';
import type { JobData, StepContext } from '@app/jobs';
import { makeTempDir } from '@app/testing';
import { FakeDownloadClient, status } from '../../test/support/fake-download-client.js';
import type { AlbumPlan, GrabbedTorrent } from './album-plan.js';
import { DownloadAlbumStep } from './download-album.step.js';
import type { TorrentClientPort } from './torrent-client-port.js';
import type { TorrentGrabs } from './torrent-grabs.js';

const HASH = 'a'.repeat(40);
const torrent: GrabbedTorrent = {
  infoHash: HASH,
  clientId: 'c1',
  title: 'Elsa Marrow - Low Tide Songs (2019) [FLAC]',
  guid: 'g',
  quality: 'FLAC',
  indexer: 'jackett',
};
const plan: AlbumPlan = {
  release: { id: 'rel-1', artist: 'Elsa Marrow', title: 'Low Tide Songs' },
  tracks: [
    { position: 1, title: 'Low Tide' },
    { position: 2, title: 'Salt Lines' },
  ],
  // A key the acquisition library declares, which the torrent library's tests do not load.
  children: [
    { query: 'Elsa Marrow - Low Tide', data: { recording: { title: 'Low Tide' } } as JobData },
    { query: 'Elsa Marrow - Salt Lines', data: { recording: { title: 'Salt Lines' } } as JobData },
  ],
};
const FOLDER = 'Elsa Marrow - Low Tide Songs (2019) [FLAC]';

let temp: Awaited<ReturnType<typeof makeTempDir>>;
let client: FakeDownloadClient;
let completed: string[];
let progress: [number, Record<string, unknown> | undefined][];

function step() {
  const clients = { byId: async (id: string) => (id === 'c1' ? { settings: {}, client } : undefined) };
  const grabs = { completed: async (jobId: string) => void completed.push(jobId) };
  const config = { paths: { tmpDir: join(temp.path, 'tmp') }, torrents: { pollMs: 1 } } as AppConfig;
  return new DownloadAlbumStep(clients as unknown as TorrentClientPort, grabs as unknown as TorrentGrabs, config);
}

function context(data: JobData = { torrent, albumPlan: plan }): StepContext {
  return {
    job: {
      id: '0b3c2b1e-0000-4000-8000-000000000001',
      kind: JobKind.Album,
      query: 'Elsa Marrow - Low Tide Songs',
      options: {},
      state: JobState.Downloading,
      data,
      attempt: 0,
      parentId: null,
    },
    signal: new AbortController().signal,
    logger: new Logger('test'),
    progress: (fraction, detail) => void progress.push([fraction, detail]),
  };
}

beforeEach(async () => {
  temp = await makeTempDir('tt-album-step');
  client = new FakeDownloadClient();
  completed = [];
  progress = [];
  const save = join(temp.path, 'downloads');
  await mkdir(join(save, FOLDER), { recursive: true });
  await writeFile(join(save, FOLDER, '01 - Low Tide.flac'), 'one');
  await writeFile(join(save, FOLDER, '02 - Salt Lines.flac'), 'two');
  await writeFile(join(save, FOLDER, 'cover.jpg'), 'jpg');
  client.fileList = [
    { path: `${FOLDER}/02 - Salt Lines.flac`, sizeBytes: 3 },
    { path: `${FOLDER}/cover.jpg`, sizeBytes: 3 },
    { path: `${FOLDER}/01 - Low Tide.flac`, sizeBytes: 3 },
  ];
});

afterEach(() => temp.remove());

describe('DownloadAlbumStep', () => {
  it('follows the torrent until complete, then makes one track job per file, hard-linked, starting at EXTRACTING', async () => {
    const savePath = join(temp.path, 'downloads');
    client.statuses = [
      status({ state: 'fetching-metadata', savePath }),
      status({
        progress: 0.4,
        bytesDone: 120 * 1024 * 1024,
        downloadBytesPerSecond: 2 * 1024 * 1024,
        etaSeconds: 90,
        peers: 3,
        seeds: 5,
        savePath,
      }),
      status({ state: 'seeding', progress: 1, bytesDone: 300 * 1024 * 1024, seeds: 5, savePath }),
    ];
    const outcome = await step().run(context());

    expect(client.polls).toBe(3);
    expect(progress.map(([fraction]) => fraction)).toEqual([0, 0.4, 1]);
    expect(progress[1]![1]).toMatchObject({
      percent: 40,
      speedBytesPerSecond: 2 * 1024 * 1024,
      etaSeconds: 90,
      peers: 3,
      seeds: 5,
      seeding: false,
      message: '120.0 MB of 300.0 MB at 2.0 MB/s from 5 seeds, 3 peers, 2 min left',
    });
    expect(progress[2]![1]).toMatchObject({ seeding: true, message: 'Downloaded 300.0 MB; seeding' });
    expect(outcome.next).toBe(JobState.AwaitingChildren);
    expect(outcome.reason).toMatch(
      /^Downloaded Elsa Marrow - Low Tide Songs \(2019\) \[FLAC\]: 2 tracks \(2 hard-linked\); .*; qbittorrent goes on seeding$/,
    );
    expect(outcome.children).toHaveLength(2);
    const [first, second] = outcome.children!;
    expect(first).toMatchObject({
      query: 'Elsa Marrow - Low Tide',
      start: { state: JobState.Extracting },
      data: { recording: { title: 'Low Tide' } },
    });
    expect(second!.data!.download).toMatchObject({ torrentFile: `${FOLDER}/02 - Salt Lines.flac` });
    const linked = first!.data!.download!.filePath;
    const original = await stat(join(savePath, FOLDER, '01 - Low Tide.flac'));
    expect((await stat(linked)).ino).toBe(original.ino);
    expect(completed).toEqual(['0b3c2b1e-0000-4000-8000-000000000001']);
  });

  it('fails the job when the client no longer has the torrent', async () => {
    client.statuses = [undefined];
    await expect(step().run(context())).rejects.toThrow(
      'qbittorrent no longer has the torrent Elsa Marrow - Low Tide Songs (2019) [FLAC]',
    );
  });

  it('fails the job when the client reports an error for the torrent', async () => {
    client.statuses = [status({ state: 'error', error: 'qBittorrent reports missingFiles' })];
    await expect(step().run(context())).rejects.toThrow(
      'reports an error for Elsa Marrow - Low Tide Songs (2019) [FLAC]: qBittorrent reports missingFiles',
    );
  });

  it('refuses downloaded files that are not the album', async () => {
    client.statuses = [status({ state: 'seeding', progress: 1, savePath: join(temp.path, 'downloads') })];
    client.fileList = client.fileList.slice(0, 2);
    await expect(step().run(context())).rejects.toThrow('are not the album: Album has 2 tracks, the release has 1');
    expect(completed).toEqual([]);
  });

  it('refuses a file name that climbs out of the client folder', async () => {
    client.statuses = [status({ state: 'seeding', progress: 1, savePath: join(temp.path, 'downloads', FOLDER) })];
    client.fileList = [
      { path: '../../outside/01 - Low Tide.flac', sizeBytes: 3 },
      { path: '02 - Salt Lines.flac', sizeBytes: 3 },
    ];
    await expect(step().run(context())).rejects.toThrow(/lies outside the client's folder/);
  });

  it('waits between polls and stops at once when the job is cancelled', async () => {
    client.statuses = [status({ progress: 0.1 })];
    const controller = new AbortController();
    const ctx = { ...context(), signal: controller.signal };
    const config = { paths: { tmpDir: temp.path }, torrents: { pollMs: 60_000 } } as AppConfig;
    const clients = { byId: async () => ({ settings: {}, client }) };
    const sut = new DownloadAlbumStep(clients as unknown as TorrentClientPort, {} as TorrentGrabs, config);
    const running = sut.run(ctx);
    await new Promise((resolve) => setImmediate(resolve));
    controller.abort(new Error('The job was cancelled'));
    await expect(running).rejects.toThrow();
    expect(client.polls).toBe(1);
  });
});
