import { Module } from '@nestjs/common';
import { IndexersController } from './indexers/indexers.controller.js';
import { TorrentIndexers } from './indexers/indexers.service.js';

/** Torrent sources: Torznab indexers now; release decisions and download clients are plain modules of the lib. */
@Module({
  controllers: [IndexersController],
  providers: [TorrentIndexers],
  exports: [TorrentIndexers],
})
export class TorrentsModule {}
