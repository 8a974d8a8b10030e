import { QBittorrent } from '@ctrl/qbittorrent';
import type { TorrentFile } from '../decision/match-file-list.js';
import type { TorrentPayload } from '../torznab/torznab-client.js';
import type { AddOptions, DownloadClient, DownloadStatus } from './download-client.js';
import { qbittorrentStatus } from './qbittorrent-status.js';

export interface QBittorrentSettings {
  url: string;
  username?: string;
  password?: string;
  timeoutMs?: number;
}

/** qBittorrent through its WebUI API v2 (@ctrl/qbittorrent; 4.1 to 5.x). */
export class QBittorrentClient implements DownloadClient {
  readonly kind = 'qbittorrent' as const;
  private readonly api: QBittorrent;

  constructor(settings: QBittorrentSettings) {
    this.api = new QBittorrent({
      baseUrl: settings.url,
      username: settings.username ?? '',
      password: settings.password ?? '',
      timeout: settings.timeoutMs ?? 15_000,
    });
  }

  version(): Promise<string> {
    return this.api.getAppVersion();
  }

  async add(payload: TorrentPayload, _infoHash: string, options: AddOptions): Promise<void> {
    const common = { category: options.label, ...(options.savePath && { savepath: options.savePath }) };
    await this.ensureCategory(options.label);
    if (payload.kind === 'magnet') await this.api.addMagnet(payload.magnetUrl, common);
    else
      await this.api.addTorrent(new Uint8Array(payload.bytes), {
        ...common,
        filename: 'release.torrent',
      });
  }

  async status(infoHash: string): Promise<DownloadStatus | undefined> {
    const [raw] = await this.api.listTorrents({ hashes: infoHash });
    return raw ? qbittorrentStatus(raw) : undefined;
  }

  async files(infoHash: string): Promise<TorrentFile[]> {
    return (await this.api.torrentFiles(infoHash)).map((file) => ({ path: file.name, sizeBytes: file.size }));
  }

  async remove(infoHash: string, deleteData: boolean): Promise<void> {
    await this.api.removeTorrent(infoHash, deleteData);
  }

  private async ensureCategory(label: string): Promise<void> {
    const categories = await this.api.getCategories();
    if (!(label in categories)) await this.api.createCategory(label);
  }
}
