import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { torrentProgress } from './download-progress.js';
import { type QBittorrentTorrentInfo, qbittorrentStatus } from './qbittorrent-status.js';
import { type TransmissionTorrent, transmissionStatus } from './transmission-status.js';

const fixture = <T>(name: string): T =>
  JSON.parse(readFileSync(join(import.meta.dirname, '../../test/fixtures', name), 'utf8')) as T;

describe('qBittorrent torrents/info in the port words', () => {
  const [finished, magnet] = fixture<QBittorrentTorrentInfo[]>('qbittorrent-4.5-torrents-info.json');

  it('reads a finished torrent as seeding, with the 100-day ETA as unknown', () => {
    const status = qbittorrentStatus(finished!);
    expect(status).toMatchObject({
      infoHash: '2f7d2c0b9b1e4b0f8f3c6a1d5e9b7a3c4d2e1f00',
      state: 'seeding',
      progress: 1,
      bytesDone: 31457280,
      bytesTotal: 31457280,
      savePath: '/downloads/truetrack/',
    });
    expect(status.etaSeconds).toBeUndefined();
    expect(torrentProgress(status)).toMatchObject({
      percent: 100,
      seeding: true,
      message: 'Downloaded 30.0 MB; seeding',
    });
  });

  it('reads a magnet still fetching its metadata', () => {
    const status = qbittorrentStatus(magnet!);
    expect(status.state).toBe('fetching-metadata');
    expect(torrentProgress(status).message).toBe('Fetching the torrent metadata from peers');
  });

  it.each([
    ['downloading', 'downloading'],
    ['stalledDL', 'downloading'],
    ['pausedDL', 'paused'],
    ['stoppedDL', 'paused'],
    ['queuedDL', 'queued'],
    ['checkingResumeData', 'checking'],
    ['uploading', 'seeding'],
    ['stoppedUP', 'seeding'],
    ['missingFiles', 'error'],
  ])('state %s is %s', (raw, state) => {
    expect(qbittorrentStatus({ ...finished!, state: raw }).state).toBe(state);
  });
});

describe('Transmission 3.00 torrent-get in the port words', () => {
  const { torrents } = fixture<{ arguments: { torrents: TransmissionTorrent[] } }>(
    'transmission-3.00-torrent-get.response.json',
  ).arguments;

  it('reads a seeding torrent (status 6) and a -1 ETA as unknown', () => {
    const status = transmissionStatus(torrents[0]!);
    expect(status).toMatchObject({ state: 'seeding', progress: 1, bytesDone: 31457280, seeds: 0, ratio: 0 });
    expect(status.etaSeconds).toBeUndefined();
  });

  it('reads a local error (3) as an error with its message, even without metadata', () => {
    const status = transmissionStatus(torrents[1]!);
    expect(status.state).toBe('error');
    expect(status.error).toMatch(/^No data found!/);
    expect(status.ratio).toBe(0);
  });

  it('reports progress of a download in words', () => {
    const downloading = {
      ...torrents[0]!,
      status: 4,
      percentDone: 0.5,
      leftUntilDone: 15728640,
      rateDownload: 1048576,
      eta: 15,
      peersConnected: 3,
      peersSendingToUs: 2,
    };
    expect(torrentProgress(transmissionStatus(downloading))).toEqual({
      percent: 50,
      message: '15.0 MB of 30.0 MB at 1.0 MB/s from 2 seeds, 3 peers, 1 min left',
      bytesDone: 15728640,
      bytesTotal: 31457280,
      speedBytesPerSecond: 1048576,
      etaSeconds: 15,
      peers: 3,
      seeds: 2,
      seeding: false,
    });
  });
});
