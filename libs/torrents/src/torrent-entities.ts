import { TorrentIndexerEntity } from './indexers/torrent-indexer.entity.js';

export const TORRENT_ENTITIES = [TorrentIndexerEntity];
