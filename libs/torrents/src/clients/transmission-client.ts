import { Transmission } from '@ctrl/transmission';
import type { TorrentFile } from '../decision/match-file-list.js';
import type { TorrentPayload } from '../torznab/torznab-client.js';
import type { AddOptions, DownloadClient, DownloadStatus } from './download-client.js';
import { transmissionStatus } from './transmission-status.js';

export interface TransmissionSettings {
  /** The RPC URL, e.g. http://127.0.0.1:9091/transmission/rpc */
  url: string;
  username?: string;
  password?: string;
  timeoutMs?: number;
}

/**
 * Transmission through its RPC (@ctrl/transmission; the legacy protocol Debian's 3.00 speaks, and 4.x). The
 * library does the 409 handshake: the first call is refused with the session id the next one must carry.
 */
export class TransmissionClient implements DownloadClient {
  readonly kind = 'transmission' as const;
  private readonly api: Transmission;

  constructor(settings: TransmissionSettings) {
    const url = new URL(settings.url);
    this.api = new Transmission({
      baseUrl: url.origin,
      path: url.pathname === '/' ? '/transmission/rpc' : url.pathname,
      username: settings.username ?? '',
      password: settings.password ?? '',
      timeout: settings.timeoutMs ?? 15_000,
    });
  }

  async version(): Promise<string> {
    const session = await this.api.getSession();
    return String(session.arguments.version);
  }

  async add(payload: TorrentPayload, infoHash: string, options: AddOptions): Promise<void> {
    const downloadDir = options.savePath ?? String((await this.api.getSession()).arguments['download-dir']);
    const args = { 'download-dir': downloadDir, paused: false };
    if (payload.kind === 'magnet') await this.api.addMagnet(payload.magnetUrl, args);
    else await this.api.addTorrent(new Uint8Array(payload.bytes), args);
    // A torrent already present comes back as torrent-duplicate; labelling it again is harmless.
    await this.api.setTorrent(infoHash, { labels: [options.label] });
  }

  async status(infoHash: string): Promise<DownloadStatus | undefined> {
    const [raw] = (await this.api.listTorrents(infoHash)).arguments.torrents;
    return raw ? transmissionStatus(raw) : undefined;
  }

  async files(infoHash: string): Promise<TorrentFile[]> {
    const [raw] = (await this.api.listTorrents(infoHash)).arguments.torrents;
    return (raw?.files ?? []).map((file) => ({ path: file.name, sizeBytes: file.length }));
  }

  async remove(infoHash: string, deleteData: boolean): Promise<void> {
    await this.api.removeTorrent(infoHash, deleteData);
  }
}
