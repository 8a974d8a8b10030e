/** One search result of an indexer, with the traps of the format already resolved. */
export interface TorznabRelease {
  title: string;
  guid: string;
  /** An http(s) link to the .torrent file (may redirect to a magnet link, as Prowlarr does). */
  torrentUrl?: string;
  magnetUrl?: string;
  /** Lower-case hex; undefined when the indexer gave none or a redacted one. */
  infoHash?: string;
  /** Bytes of the content (not of the .torrent file). */
  sizeBytes?: number;
  seeders?: number;
  leechers?: number;
  files?: number;
  grabs?: number;
  categories: number[];
  publishedAt?: Date;
  /** What the indexer calls itself (Jackett's aggregate names the tracker of each item). */
  indexerName?: string;
  /** 0 = freeleech: the download does not count against the person's ratio. */
  downloadVolumeFactor?: number;
  minimumRatio?: number;
  minimumSeedTimeSeconds?: number;
}
