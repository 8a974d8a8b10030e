import type { DownloadState, DownloadStatus } from './download-client.js';

/** The fields of qBittorrent's /api/v2/torrents/info items the port reads. */
export interface QBittorrentTorrentInfo {
  hash: string;
  name: string;
  state: string;
  progress: number;
  completed: number;
  size: number;
  dlspeed: number;
  upspeed: number;
  eta: number;
  num_leechs: number;
  num_seeds: number;
  ratio: number;
  save_path: string;
}

/** qBittorrent's own states (4.x and 5.x names) in the port's words. */
function stateOf(raw: string): DownloadState {
  if (raw === 'metaDL' || raw === 'forcedMetaDL') return 'fetching-metadata';
  if (/^(?:uploading|stalledUP|forcedUP|queuedUP|pausedUP|stoppedUP)$/.test(raw)) return 'seeding';
  if (/^(?:pausedDL|stoppedDL)$/.test(raw)) return 'paused';
  if (/^(?:checkingUP|checkingDL|checkingResumeData|moving|allocating)$/.test(raw)) return 'checking';
  if (raw === 'queuedDL') return 'queued';
  if (raw === 'error' || raw === 'missingFiles') return 'error';
  return 'downloading';
}

/** A torrents/info item in the port's words. */
export function qbittorrentStatus(raw: QBittorrentTorrentInfo): DownloadStatus {
  const state = stateOf(raw.state);
  return {
    infoHash: raw.hash,
    name: raw.name,
    state,
    progress: raw.progress,
    bytesDone: raw.completed,
    bytesTotal: raw.size,
    downloadBytesPerSecond: raw.dlspeed,
    uploadBytesPerSecond: raw.upspeed,
    // qBittorrent says 8640000 (100 days) for "unknown".
    ...(raw.eta > 0 && raw.eta < 8_640_000 && { etaSeconds: raw.eta }),
    peers: raw.num_leechs,
    seeds: raw.num_seeds,
    ratio: raw.ratio,
    savePath: raw.save_path,
    ...(state === 'error' && { error: `qBittorrent reports ${raw.state}` }),
  };
}
