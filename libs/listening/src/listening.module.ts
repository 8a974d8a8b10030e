import { Module } from '@nestjs/common';
import { AuthModule } from '@app/auth';
import { ListenersController } from './api/listeners.controller.js';
import { ListensController } from './api/listens.controller.js';
import { ListenBrainzController } from './intake/listenbrainz.controller.js';
import { ListenBrainzIntake } from './intake/listenbrainz-intake.service.js';
import { NowPlaying } from './intake/now-playing.js';
import { JellyfinListens } from './jellyfin/jellyfin-listens.service.js';
import { ListenStore } from './listens/listen-store.js';
import { Listeners } from './listeners/listeners.service.js';

/** Listeners, the ListenBrainz-compatible intake and the listens kept. */
@Module({
  imports: [AuthModule],
  controllers: [ListenBrainzController, ListenersController, ListensController],
  providers: [Listeners, ListenStore, NowPlaying, ListenBrainzIntake, JellyfinListens],
  exports: [Listeners, ListenStore, JellyfinListens],
})
export class ListeningModule {}
