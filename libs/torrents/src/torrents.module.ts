import { Module } from '@nestjs/common';
import { ClientsController } from './client-settings/clients.controller.js';
import { TorrentClients } from './client-settings/clients.service.js';
import { IndexersController } from './indexers/indexers.controller.js';
import { TorrentIndexers } from './indexers/indexers.service.js';

/** Torrent sources: Torznab indexers and download clients; release decisions are plain modules of the lib. */
@Module({
  controllers: [IndexersController, ClientsController],
  providers: [TorrentIndexers, TorrentClients],
  exports: [TorrentIndexers, TorrentClients],
})
export class TorrentsModule {}
