// A real transfer on loopback, no fakes: transmission-daemon seeds a FLAC album to qbittorrent-nox through an
// in-process tracker; then qBittorrent alone seeds it to a second transmission-daemon. Both clients are driven
// through the download-client port, and the library gets hard links while the client keeps seeding.
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import createTorrent from 'create-torrent';
import { makeTempDir, pollUntil } from '@app/testing';
import { readTorrentFile } from '@app/torrents';
import { type DownloadClient, type DownloadStatus } from '../src/clients/download-client.js';
import { type TorrentProgress, torrentProgress } from '../src/clients/download-progress.js';
import { linkOrCopy } from '../src/clients/link-into-library.js';
import { matchFileList } from '../src/decision/match-file-list.js';
import { type Daemon, makeFlacAlbum, startQBittorrent, startTracker, startTransmission } from '@app/testing';

const TITLES = ['In the Mood', 'Moonlight Serenade', 'Chattanooga Choo Choo'];
const sha1 = async (file: string) =>
  createHash('sha1')
    .update(await readFile(file))
    .digest('hex');

let temp: Awaited<ReturnType<typeof makeTempDir>>;
let tracker: Awaited<ReturnType<typeof startTracker>>;
const daemons: Daemon[] = [];
let albumFiles: string[];
let torrent: Buffer;
let qbittorrent: Awaited<ReturnType<typeof startQBittorrent>>;

beforeAll(async () => {
  temp = await makeTempDir('tt-torrents');
  tracker = await startTracker();
  albumFiles = await makeFlacAlbum(
    join(temp.path, 'seed', 'downloads', 'Glenn Miller - In the Mood'),
    'Glenn Miller',
    'In the Mood',
    TITLES,
  );
  torrent = await new Promise<Buffer>((resolve, reject) =>
    createTorrent(
      join(temp.path, 'seed', 'downloads', 'Glenn Miller - In the Mood'),
      { announceList: [[tracker.announceUrl]], pieceLength: 16384 },
      (error, bytes) => (error ? reject(error) : resolve(Buffer.from(bytes))),
    ),
  );
}, 120_000);

afterAll(async () => {
  for (const daemon of daemons.reverse()) await daemon.stop();
  await tracker?.close();
  await temp?.remove();
}, 60_000);

/** Follows a download as a job would, keeping every progress report, until the client seeds it. */
async function downloadUntilSeeding(client: DownloadClient, infoHash: string, output: () => string) {
  const reports: TorrentProgress[] = [];
  const status = await pollUntil<DownloadStatus | undefined>(
    async () => {
      const now = await client.status(infoHash);
      if (now) reports.push(torrentProgress(now));
      return now;
    },
    (now) => now?.state === 'seeding' && now.progress === 1,
    120_000,
    (last) => `last status ${JSON.stringify(last)}; tracker: ${tracker.log().join(' | ')}; client output: ${output()}`,
  );
  return { status: status!, reports };
}

describe('torrent clients on loopback', () => {
  const metainfo = () => readTorrentFile(torrent);

  it('qBittorrent downloads the album Transmission seeds, reports progress, and keeps seeding after linking', async () => {
    const seeder = await startTransmission(join(temp.path, 'seed'));
    daemons.push(seeder);
    const { infoHash, files } = metainfo();
    expect(
      matchFileList(
        files,
        TITLES.map((title, i) => ({ position: i + 1, title })),
        'FLAC',
      ).verdict,
    ).toBe('match');

    await seeder.client.add({ kind: 'torrent', bytes: torrent }, infoHash, {
      label: 'truetrack-seed',
      savePath: join(temp.path, 'seed', 'downloads'),
    });
    await pollUntil(
      () => seeder.client.status(infoHash),
      (s) => s?.state === 'seeding' && s.progress === 1,
      60_000,
      (last) => `seeder last ${JSON.stringify(last)}: ${seeder.output()}`,
    );
    // qBittorrent's first announce must find the seeder: Transmission never calls a loopback peer itself, and
    // qBittorrent would not ask the tracker again for minutes (see torrent-daemons.ts).
    await pollUntil(
      async () => tracker.swarm(infoHash),
      (swarm) => swarm.seeders === 1,
      60_000,
      (swarm) => `the tracker never listed the seeder (${JSON.stringify(swarm)}): ${tracker.log().join(' | ')}`,
    );

    const qb = await startQBittorrent(join(temp.path, 'qb'));
    daemons.push(qb);
    qbittorrent = qb;
    await qb.client.add({ kind: 'torrent', bytes: torrent }, infoHash, {
      label: 'truetrack-job-1',
      savePath: qb.downloads,
    });
    const { status, reports } = await downloadUntilSeeding(qb.client, infoHash, qb.output).catch(async (error) => {
      throw new Error(`${(error as Error).message}; ${await qb.diagnose(infoHash)}`);
    });

    expect(status).toMatchObject({
      infoHash,
      name: 'Glenn Miller - In the Mood',
      savePath: expect.stringContaining(qb.downloads),
    });
    expect(reports.at(-1)).toMatchObject({
      percent: 100,
      seeding: true,
      bytesTotal: files.reduce((n, f) => n + f.sizeBytes, 0),
    });
    const listed = await qb.client.files(infoHash);
    expect(listed.map((f) => f.path).sort()).toEqual(files.map((f) => f.path).sort());
    for (const file of albumFiles)
      expect(await sha1(join(qb.downloads, 'Glenn Miller - In the Mood', basename(file)))).toBe(await sha1(file));

    const library = join(temp.path, 'library', 'Glenn Miller', 'In the Mood');
    for (const file of listed)
      expect(await linkOrCopy(join(status.savePath, file.path), join(library, basename(file.path)))).toBe('linked');
    expect((await stat(join(library, basename(listed[0]!.path)))).nlink).toBe(2);
    expect((await qb.client.status(infoHash))?.state).toBe('seeding');
  }, 240_000);

  it('Transmission downloads the album from qBittorrent alone (the first seeder stopped)', async () => {
    const { infoHash } = metainfo();
    await daemons[0]!.stop();
    const leecher = await startTransmission(join(temp.path, 'leech'));
    daemons.push(leecher);
    await leecher.client.add({ kind: 'torrent', bytes: torrent }, infoHash, {
      label: 'truetrack-job-2',
      savePath: join(temp.path, 'leech', 'downloads'),
    });
    // Once the tracker knows the new leecher, qBittorrent asks it for peers again instead of in minutes, and calls it.
    await pollUntil(
      async () => tracker.swarm(infoHash),
      (swarm) => swarm.leechers === 1,
      60_000,
      (swarm) => `the tracker never listed the leecher (${JSON.stringify(swarm)}): ${tracker.log().join(' | ')}`,
    );
    await qbittorrent.reannounce(infoHash);
    const { status, reports } = await downloadUntilSeeding(leecher.client, infoHash, leecher.output);
    expect(status.bytesDone).toBe(status.bytesTotal);
    expect(reports.at(-1)).toMatchObject({ percent: 100, seeding: true });
    for (const file of albumFiles)
      expect(await sha1(join(temp.path, 'leech', 'downloads', 'Glenn Miller - In the Mood', basename(file)))).toBe(
        await sha1(file),
      );
    expect((await leecher.client.files(infoHash)).length).toBe(3);

    await leecher.client.remove(infoHash, false);
    expect(await leecher.client.status(infoHash)).toBeUndefined();
  }, 240_000);
});
