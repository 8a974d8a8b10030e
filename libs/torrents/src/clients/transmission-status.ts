import type { DownloadState, DownloadStatus } from './download-client.js';

/** The fields of a torrent-get answer the port reads (legacy names, 2.40 to 4.0). */
export interface TransmissionTorrent {
  hashString: string;
  name: string;
  status: number;
  percentDone: number;
  error: number;
  errorString: string;
  metadataPercentComplete: number;
  sizeWhenDone: number;
  leftUntilDone: number;
  rateDownload: number;
  rateUpload: number;
  eta: number;
  peersConnected: number;
  peersSendingToUs?: number;
  uploadRatio: number;
  downloadDir: string;
}

/** Transmission's numeric status (RPC spec, 2.40 to 4.x) in the port's words. */
function stateOf(status: number, done: number, error: number): DownloadState {
  // 1 and 2 are tracker warnings and errors: the download itself may still go on.
  if (error === 3) return 'error';
  switch (status) {
    case 0:
      return done >= 1 ? 'seeding' : 'paused';
    case 1:
    case 2:
      return 'checking';
    case 3:
      return 'queued';
    case 5:
    case 6:
      return 'seeding';
    default:
      return 'downloading';
  }
}

/** A torrent-get torrent in the port's words; a local error (3) wins over everything else. */
export function transmissionStatus(raw: TransmissionTorrent): DownloadStatus {
  const state =
    raw.error !== 3 && raw.metadataPercentComplete < 1
      ? 'fetching-metadata'
      : stateOf(raw.status, raw.percentDone, raw.error);
  return {
    infoHash: raw.hashString,
    name: raw.name,
    state,
    progress: raw.percentDone,
    bytesDone: raw.sizeWhenDone - raw.leftUntilDone,
    bytesTotal: raw.sizeWhenDone,
    downloadBytesPerSecond: raw.rateDownload,
    uploadBytesPerSecond: raw.rateUpload,
    // -1: not available, -2: unknown.
    ...(raw.eta >= 0 && { etaSeconds: raw.eta }),
    peers: raw.peersConnected,
    seeds: raw.peersSendingToUs ?? 0,
    // -1 means nothing downloaded yet to divide by.
    ratio: Math.max(0, raw.uploadRatio),
    savePath: raw.downloadDir,
    ...(raw.error !== 0 && raw.errorString ? { error: raw.errorString } : {}),
  };
}
