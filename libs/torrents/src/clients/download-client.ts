import type { TorrentFile } from '../decision/match-file-list.js';
import type { TorrentPayload } from '../torznab/torznab-client.js';

export type DownloadState =
  'queued' | 'checking' | 'fetching-metadata' | 'downloading' | 'seeding' | 'paused' | 'error';

/** A torrent as a client reports it, in the units a job's progress shows. */
export interface DownloadStatus {
  infoHash: string;
  name: string;
  state: DownloadState;
  /** 0..1 */
  progress: number;
  bytesDone: number;
  bytesTotal: number;
  downloadBytesPerSecond: number;
  uploadBytesPerSecond: number;
  /** Undefined when the client cannot tell (no peers yet). */
  etaSeconds?: number;
  peers: number;
  seeds: number;
  ratio: number;
  /** The folder the torrent's files are under (each file's path starts with the torrent's name for multi-file ones). */
  savePath: string;
  error?: string;
}

export interface AddOptions {
  /** qBittorrent category / Transmission label that marks TrueTrack's torrents (one per job when asked). */
  label: string;
  /** Where the client saves the files; the client's default when left out. */
  savePath?: string;
}

/**
 * The one port every torrent client is used through: add a .torrent or magnet, follow it, list its files,
 * remove it. Adapters: qBittorrent (WebUI API v2) and Transmission (RPC).
 */
export interface DownloadClient {
  readonly kind: 'qbittorrent' | 'transmission';
  /** The client's version: also how a settings test checks the URL and credentials. */
  version(): Promise<string>;
  /** Adds the torrent and answers its info hash. */
  add(payload: TorrentPayload, infoHash: string, options: AddOptions): Promise<void>;
  /** Undefined when the client does not have (or no longer has) this torrent. */
  status(infoHash: string): Promise<DownloadStatus | undefined>;
  files(infoHash: string): Promise<TorrentFile[]>;
  remove(infoHash: string, deleteData: boolean): Promise<void>;
}
