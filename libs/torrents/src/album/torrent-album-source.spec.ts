import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import createTorrent from 'create-torrent';
import { Logger } from '@nestjs/common';
import type { AppConfig } from '@app/config';
import { CandidateStage, JobKind, JobState } from '@app/contracts';
import { type AlbumRelease, AlbumSources, type JobData, type StepContext } from '@app/jobs';
import { SourceUrlPolicy } from '@app/platform';
import { type FakeHttpServer, makeTempDir, startFakeHttpServer } from '@app/testing';
import { FakeDownloadClient } from '../../test/support/fake-download-client.js';
import type { TorrentIndexers } from '../indexers/indexers.service.js';
import type { TorrentClientPort } from './torrent-client-port.js';
import type { OfferedRelease } from './release-offer.js';
import { TorrentAlbumSource } from './torrent-album-source.js';
import type { TorrentGrabs } from './torrent-grabs.js';

const MB = 1024 * 1024;
const HASH = '0123456789abcdef0123456789abcdef01234567';
const album: AlbumRelease = {
  id: 'rel-1',
  artist: 'Elsa Marrow',
  title: 'Low Tide Songs',
  tracks: [{ position: 1, title: 'Lanterns on the Water', durationMs: 240_000 }],
  // A key the acquisition library declares, which the torrent library's tests do not load.
  children: [
    {
      query: 'Elsa Marrow - Lanterns on the Water',
      data: { recording: { title: 'Lanterns on the Water' } } as JobData,
    },
  ],
};

let indexer: FakeHttpServer;
let items: string[];
let torrentBytes: Buffer;
let client: FakeDownloadClient;
let temp: Awaited<ReturnType<typeof makeTempDir>>;

const magnetItem = (title: string, seeders: number, size = 30 * MB) =>
  `<item><title>${title}</title><guid>${title}</guid><size>${size}</size><link>magnet:?xt=urn:btih:${HASH}&amp;dn=x</link><torznab:attr name="seeders" value="${seeders}" /></item>`;

function source(
  options: { indexers?: boolean; client?: boolean; profile?: 'any' | 'lossless'; keepData?: boolean } = {},
) {
  const indexers = {
    enabled: async () =>
      options.indexers === false
        ? []
        : [
            {
              id: 'i1',
              name: 'Jackett',
              url: `${indexer.url}/api/v2.0/indexers/all/results/torznab/`,
              apiKey: 'k',
              categories: [3000],
              priority: 25,
              enabled: true,
            },
          ],
  };
  const clients = {
    active: async () =>
      options.client === false ? undefined : { settings: { id: 'c1', category: 'truetrack' }, client },
  };
  const grabs = { record: async () => undefined };
  const config = {
    torrents: { profile: options.profile ?? 'any', keepDataOnCancel: options.keepData ?? false },
  } as AppConfig;
  return new TorrentAlbumSource(
    new AlbumSources(),
    indexers as unknown as TorrentIndexers,
    clients as unknown as TorrentClientPort,
    grabs as unknown as TorrentGrabs,
    new SourceUrlPolicy(true),
    config,
  );
}

function context(data: JobData = {}): StepContext {
  return {
    job: {
      id: '0b3c2b1e-0000-4000-8000-000000000002',
      kind: JobKind.Album,
      query: 'Elsa Marrow - Low Tide Songs',
      options: {},
      state: JobState.Expanding,
      data,
      attempt: 1,
      parentId: null,
    },
    signal: new AbortController().signal,
    logger: new Logger('test'),
    progress: () => undefined,
  };
}

beforeAll(async () => {
  temp = await makeTempDir('tt-album-source');
  await writeFile(join(temp.path, '01 - Lanterns on the Water.flac'), Buffer.alloc(1024));
  await writeFile(join(temp.path, '02 - Bonus.flac'), Buffer.alloc(1024));
  torrentBytes = await new Promise<Buffer>((resolve, reject) =>
    createTorrent(temp.path, { announceList: [], name: 'album' }, (error, bytes) =>
      error ? reject(error) : resolve(Buffer.from(bytes)),
    ),
  );
  indexer = await startFakeHttpServer((req) =>
    req.path === '/dl/two.torrent'
      ? { headers: { 'content-type': 'application/x-bittorrent' }, body: torrentBytes }
      : {
          headers: { 'content-type': 'application/xml' },
          body: `<?xml version="1.0"?><rss version="2.0" xmlns:torznab="http://torznab.com/schemas/2015/feed"><channel>${items.join('')}</channel></rss>`,
        },
  );
});

afterAll(async () => {
  await indexer.close();
  await temp.remove();
});

beforeEach(() => {
  client = new FakeDownloadClient();
  items = [];
});

describe('TorrentAlbumSource', () => {
  it('stays silent without an enabled indexer, so the tracks are searched one by one', async () => {
    expect(await source({ indexers: false }).offer(context(), album)).toEqual({ declined: undefined });
    expect(indexer.requests).toHaveLength(0);
  });

  it('grabs the best release into the client and moves the job to DOWNLOADING', async () => {
    items = [
      magnetItem('Elsa Marrow - Low Tide Songs (2016) [MP3 320]', 9, 10 * MB),
      magnetItem('Elsa Marrow - Low Tide Songs (2016) [FLAC]', 9),
    ];
    const answer = await source().offer(
      context({ release: { id: 'rel-1', title: 'Low Tide Songs', artist: 'Elsa Marrow' } }),
      album,
    );
    if (!('outcome' in answer)) throw new Error(`declined: ${answer.declined}`);
    const { outcome } = answer;
    expect(outcome.next).toBe(JobState.Downloading);
    expect(outcome.reason).toBe(
      'Best of 2 approved: Elsa Marrow - Low Tide Songs (2016) [FLAC] (FLAC, 9 seeders, Jackett); sent Elsa Marrow - Low Tide Songs (2016) [FLAC] (FLAC, 30 MB, 9 seeders, Jackett) to qbittorrent',
    );
    expect(client.added).toEqual([
      expect.objectContaining({
        infoHash: HASH,
        label: 'truetrack',
        payload: expect.objectContaining({ kind: 'magnet' }),
      }),
    ]);
    expect(outcome.data).toMatchObject({
      release: { id: 'rel-1' },
      torrent: { infoHash: HASH, clientId: 'c1', quality: 'FLAC', indexer: 'Jackett' },
      albumPlan: { release: { id: 'rel-1', title: 'Low Tide Songs' }, children: album.children },
    });
    await outcome.discard!();
    expect(client.removed).toEqual([{ infoHash: HASH, deleteData: true }]);
  });

  it('grabs the release a person chose without searching again', async () => {
    const chosen = {
      guid: 'g',
      title: 'Elsa Marrow - Low Tide Songs (2016) [FLAC] CD',
      indexerId: 'i1',
      indexer: 'Jackett',
      quality: 'FLAC',
      magnetUrl: `magnet:?xt=urn:btih:${HASH}`,
    };
    const payload = { releaseId: 'rel-1', torrent: chosen };
    const data = { choice: { candidateId: 'c1', index: 0, stage: CandidateStage.Intent, payload } };
    const before = indexer.requests.length;
    const answer = await source().offer(context(data), album);
    expect('outcome' in answer && answer.outcome.reason).toMatch(/^Release chosen by a person; sent Elsa Marrow/);
    expect(indexer.requests).toHaveLength(before);
    expect(client.added).toHaveLength(1);
  });

  it("grabs the release Lidarr's POST /api/v1/release named, without searching", async () => {
    const grabbed: OfferedRelease = {
      guid: 'g',
      title: 'Elsa Marrow - Low Tide Songs (2016) [FLAC] WEB',
      indexerId: 'i1',
      indexer: 'Jackett',
      quality: 'FLAC',
      magnetUrl: `magnet:?xt=urn:btih:${HASH}`,
    };
    const before = indexer.requests.length;
    const answer = await source().offer(context({ grabbedRelease: grabbed }), album);
    expect('outcome' in answer && answer.outcome.reason).toMatch(
      /^Release grabbed through Lidarr's POST \/api\/v1\/release; sent Elsa Marrow - Low Tide Songs \(2016\) \[FLAC\] WEB /,
    );
    expect(indexer.requests).toHaveLength(before);
    expect(client.added).toEqual([expect.objectContaining({ infoHash: HASH, label: 'truetrack' })]);
  });

  it('leaves the album to the YouTube sources when nothing is approved and the profile allows it', async () => {
    items = [magnetItem('Elsa Marrow - Low Tide Songs (2016) [FLAC]', 0)];
    expect(await source().offer(context(), album)).toEqual({
      declined: 'No release approved among 1; trying YouTube sources',
    });
    expect(client.added).toEqual([]);
  });

  it('fails a lossless album when nothing is approved', async () => {
    items = [magnetItem('Elsa Marrow - Low Tide Songs (2016) [MP3 320]', 9, 10 * MB)];
    await expect(source({ profile: 'lossless' }).offer(context(), album)).rejects.toThrow(
      'No release approved among 1; the Lossless profile does not fall back to YouTube',
    );
  });

  it('leaves the album to YouTube, saying why, when no client is enabled or the client refuses the torrent', async () => {
    items = [magnetItem('Elsa Marrow - Low Tide Songs (2016) [FLAC]', 9)];
    expect(await source({ client: false }).offer(context(), album)).toEqual({
      declined: 'No download client is enabled for the torrent indexers; trying YouTube sources',
    });
    client.failAdd = new Error('connect ECONNREFUSED 127.0.0.1:8080');
    expect(await source().offer(context(), album)).toEqual({
      declined:
        'The download client (qbittorrent) did not take Elsa Marrow - Low Tide Songs (2016) [FLAC]: connect ECONNREFUSED 127.0.0.1:8080; trying YouTube sources',
    });
  });

  const twoFileItem = (title: string, seeders: number) =>
    `<item><title>${title}</title><guid>${title}</guid><size>${30 * MB}</size><link>${indexer.url}/dl/two.torrent</link><torznab:attr name="seeders" value="${seeders}" /></item>`;

  it("refuses a .torrent whose files are not the album's tracks, before it reaches the client", async () => {
    items = [twoFileItem('Elsa Marrow - Low Tide Songs (2016) [FLAC]', 9)];
    await expect(source({ profile: 'lossless' }).offer(context(), album)).rejects.toThrow(
      'The files of Elsa Marrow - Low Tide Songs (2016) [FLAC] are not the album: Album has 1 tracks, the release has 2; trying the next approved release; No release approved among 1; the Lossless profile does not fall back to YouTube',
    );
    expect(await source().offer(context(), album)).toEqual({
      declined:
        'The files of Elsa Marrow - Low Tide Songs (2016) [FLAC] are not the album: Album has 1 tracks, the release has 2; trying the next approved release; No release approved among 1; trying YouTube sources',
    });
    expect(client.added).toEqual([]);
  });

  it('grabs the next approved release when the best one’s .torrent is not the album, saying so in the reason', async () => {
    items = [
      twoFileItem('Elsa Marrow - Low Tide Songs (2016) [FLAC] WEB', 40),
      magnetItem('Elsa Marrow - Low Tide Songs (2016) [FLAC] CD', 3),
    ];
    const answer = await source().offer(context(), album);
    if (!('outcome' in answer)) throw new Error(`declined: ${answer.declined}`);
    expect(answer.outcome.next).toBe(JobState.Downloading);
    expect(answer.outcome.reason).toBe(
      'The files of Elsa Marrow - Low Tide Songs (2016) [FLAC] WEB are not the album: Album has 1 tracks, the release has 2; trying the next approved release; Best of 1 approved: Elsa Marrow - Low Tide Songs (2016) [FLAC] CD (FLAC, 3 seeders, Jackett); sent Elsa Marrow - Low Tide Songs (2016) [FLAC] CD (FLAC, 30 MB, 3 seeders, Jackett) to qbittorrent',
    );
    expect(client.added).toEqual([expect.objectContaining({ infoHash: HASH })]);
  });

  it('still fails when the .torrent of the release a person chose is not the album', async () => {
    const chosen = {
      guid: 'g',
      title: 'Elsa Marrow - Low Tide Songs (2016) [FLAC] WEB',
      indexerId: 'i1',
      indexer: 'Jackett',
      quality: 'FLAC',
      torrentUrl: `${indexer.url}/dl/two.torrent`,
    };
    const payload = { releaseId: 'rel-1', torrent: chosen };
    const data = { choice: { candidateId: 'c1', index: 0, stage: CandidateStage.Intent, payload } };
    await expect(source().offer(context(data), album)).rejects.toThrow(
      'The files of Elsa Marrow - Low Tide Songs (2016) [FLAC] WEB are not the album: Album has 1 tracks, the release has 2',
    );
    expect(client.added).toEqual([]);
  });
});
