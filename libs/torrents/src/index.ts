// The keys this library declares in a job's data (a JobData augmentation), seen by whoever imports the library.
import './job-data.js';
export type { TorznabRelease } from './torznab/torznab-release.js';
export type { TorznabIndexer } from './torznab/torznab-client.js';
export { qualityDefinition } from './quality/quality-definitions.js';
export { DEFAULT_PROFILES } from './decision/quality-profile.js';
export type { ReleaseDecision } from './decision/decide-release.js';
export { TorrentAlbumsModule, TorrentsModule } from './torrents.module.js';
export { type OfferedRelease, offeredRelease } from './album/release-offer.js';
export { TORRENT_ENTITIES } from './torrent-entities.js';
export { TorrentIndexers } from './indexers/indexers.service.js';
export type { TorrentIndexerDto } from './indexers/indexer.dto.js';
export type { DownloadClient } from './clients/download-client.js';
export { QBittorrentClient } from './clients/qbittorrent-client.js';
export { TransmissionClient } from './clients/transmission-client.js';
export { readTorrentFile } from './torrent-file/read-torrent-file.js';
export { searchAlbumReleases } from './search/album-release-search.js';
export { TorrentClients } from './client-settings/clients.service.js';
export type { TorrentClientDto } from './client-settings/client.dto.js';
