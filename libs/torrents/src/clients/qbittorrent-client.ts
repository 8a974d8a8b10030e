import { QBittorrent } from '@ctrl/qbittorrent';
import type { TorrentFile } from '../decision/match-file-list.js';
import type { TorrentPayload } from '../torznab/torznab-client.js';
import type { AddOptions, DownloadClient, DownloadState, DownloadStatus } from './download-client.js';

export interface QBittorrentSettings {
  url: string;
  username?: string;
  password?: string;
  timeoutMs?: number;
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
    if (!raw) return undefined;
    return {
      infoHash: raw.hash,
      name: raw.name,
      state: stateOf(raw.state),
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
      ...(raw.state === 'error' || raw.state === 'missingFiles' ? { error: raw.state } : {}),
    };
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
