import type { DownloadStatus } from './download-client.js';

/** What a job's DOWNLOADING progress carries for a torrent (the same event the yt-dlp downloads send). */
export interface TorrentProgress {
  percent: number;
  message: string;
  bytesDone: number;
  bytesTotal: number;
  speedBytesPerSecond: number;
  etaSeconds?: number;
  peers: number;
  seeds: number;
  seeding: boolean;
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

export function torrentProgress(status: DownloadStatus): TorrentProgress {
  const seeding = status.state === 'seeding';
  const percent = Math.round(status.progress * 1000) / 10;
  const eta = status.etaSeconds !== undefined ? `, ${Math.ceil(status.etaSeconds / 60)} min left` : '';
  const message = seeding
    ? `Downloaded ${mb(status.bytesTotal)}; seeding`
    : status.state === 'fetching-metadata'
      ? 'Fetching the torrent metadata from peers'
      : `${mb(status.bytesDone)} of ${mb(status.bytesTotal)} at ${mb(status.downloadBytesPerSecond)}/s from ${status.seeds} seeds, ${status.peers} peers${eta}`;
  return {
    percent,
    message,
    bytesDone: status.bytesDone,
    bytesTotal: status.bytesTotal,
    speedBytesPerSecond: status.downloadBytesPerSecond,
    ...(status.etaSeconds !== undefined && { etaSeconds: status.etaSeconds }),
    peers: status.peers,
    seeds: status.seeds,
    seeding,
  };
}
