import { TorrentGrabEntity } from './album/torrent-grab.entity.js';
import { TorrentClientEntity } from './client-settings/torrent-client.entity.js';
import { TorrentIndexerEntity } from './indexers/torrent-indexer.entity.js';

export const TORRENT_ENTITIES = [TorrentIndexerEntity, TorrentClientEntity, TorrentGrabEntity];
