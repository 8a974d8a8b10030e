import { Module } from '@nestjs/common';
import { DownloadAlbumStep } from './album/download-album.step.js';
import { TorrentAlbumSource } from './album/torrent-album-source.js';
import { TorrentClientPort } from './album/torrent-client-port.js';
import { TorrentGrabs } from './album/torrent-grabs.js';
import { ClientsController } from './client-settings/clients.controller.js';
import { TorrentClients } from './client-settings/clients.service.js';
import { IndexersController } from './indexers/indexers.controller.js';
import { TorrentIndexers } from './indexers/indexers.service.js';
import { TorrentCleanup } from './seeding/torrent-cleanup.js';

/** Torrent sources: Torznab indexers and download clients; release decisions are plain modules of the lib. */
@Module({
  controllers: [IndexersController, ClientsController],
  providers: [TorrentIndexers, TorrentClients],
  exports: [TorrentIndexers, TorrentClients],
})
export class TorrentsModule {}

/**
 * Albums from torrents in the pipeline: the album source EXPANDING asks, the album's DOWNLOADING step, and the
 * removal of cancelled and fully seeded torrents. Loaded wherever steps run (the worker too), without the routes.
 */
@Module({
  providers: [
    TorrentIndexers,
    TorrentClients,
    TorrentClientPort,
    TorrentGrabs,
    TorrentAlbumSource,
    DownloadAlbumStep,
    TorrentCleanup,
  ],
})
export class TorrentAlbumsModule {}
