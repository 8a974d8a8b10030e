import type { DownloadClient, DownloadStatus } from '../../src/clients/download-client.js';
import type { TorrentFile } from '../../src/decision/match-file-list.js';
import type { TorrentPayload } from '../../src/torznab/torznab-client.js';

/** The download-client port faked in memory: statuses play in order (the last one repeats), calls are recorded. */
export class FakeDownloadClient implements DownloadClient {
  readonly kind = 'qbittorrent' as const;
  readonly added: { payload: TorrentPayload; infoHash: string; label: string }[] = [];
  readonly removed: { infoHash: string; deleteData: boolean }[] = [];
  statuses: (DownloadStatus | undefined)[] = [];
  fileList: TorrentFile[] = [];
  failAdd: Error | undefined;
  private polled = 0;

  async version() {
    return '4.5.2';
  }

  async add(payload: TorrentPayload, infoHash: string, options: { label: string }) {
    if (this.failAdd) throw this.failAdd;
    this.added.push({ payload, infoHash, label: options.label });
  }

  async status() {
    const status = this.statuses[Math.min(this.polled, this.statuses.length - 1)];
    this.polled++;
    return status;
  }

  get polls(): number {
    return this.polled;
  }

  async files() {
    return this.fileList;
  }

  async remove(infoHash: string, deleteData: boolean) {
    this.removed.push({ infoHash, deleteData });
  }
}

export function status(more: Partial<DownloadStatus>): DownloadStatus {
  return {
    infoHash: 'a'.repeat(40),
    name: 'Elsa Marrow - Low Tide Songs',
    state: 'downloading',
    progress: 0,
    bytesDone: 0,
    bytesTotal: 300 * 1024 * 1024,
    downloadBytesPerSecond: 0,
    uploadBytesPerSecond: 0,
    peers: 0,
    seeds: 0,
    ratio: 0,
    savePath: '/downloads',
    ...more,
  };
}
