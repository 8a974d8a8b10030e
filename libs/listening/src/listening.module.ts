import { Module } from '@nestjs/common';
import { AuthModule } from '@app/auth';
import { LibraryReadsModule } from '@app/library';
import { ListenersController } from './api/listeners.controller.js';
import { ListenSyncController } from './api/listen-sync.controller.js';
import { ListensController } from './api/listens.controller.js';
import { HistorySync } from './history/history-sync.service.js';
import { ListeningSyncSchedule } from './history/listening-sync.schedule.js';
import { ListenBrainzController } from './intake/listenbrainz.controller.js';
import { ListenBrainzIntake } from './intake/listenbrainz-intake.service.js';
import { NowPlaying } from './intake/now-playing.js';
import { FileImport } from './files/file-import.service.js';
import { JellyfinListens } from './jellyfin/jellyfin-listens.service.js';
import { AcceptedListens } from './listens/accepted-listens.service.js';
import { ListenEvents } from './listens/listen-events.js';
import { RelayQueue } from './relay/relay-queue.js';
import { RelaySender } from './relay/relay-sender.service.js';
import { RelayTargets } from './relay/relay-targets.js';
import { NowPlayingRelay } from './relay/now-playing-relay.js';
import { LastfmConnect } from './lastfm/lastfm-connect.service.js';
import { RelayStatus } from './relay/relay-status.js';
import { ListenCovers } from './covers/listen-covers.service.js';
import { ListenReads } from './listens/listen-reads.js';
import { ListenStore } from './listens/listen-store.js';
import { Listeners } from './listeners/listeners.service.js';
import { PlayerListensController } from './player/player-listens.controller.js';
import { ListenMapper } from './mapping/listen-mapper.service.js';
import { ListenMappingSchedule } from './mapping/listen-mapping.schedule.js';
import { PlayCounts } from './mapping/play-counts.js';
import { RecordingCache } from './mapping/recording-cache.js';

/** Listeners, the ListenBrainz-compatible intake and the listens kept. */
@Module({
  imports: [AuthModule, LibraryReadsModule],
  controllers: [
    ListenBrainzController,
    ListenersController,
    ListensController,
    ListenSyncController,
    PlayerListensController,
  ],
  providers: [
    Listeners,
    ListenStore,
    NowPlaying,
    ListenBrainzIntake,
    JellyfinListens,
    HistorySync,
    ListeningSyncSchedule,
    AcceptedListens,
    RelayTargets,
    RelayQueue,
    RelaySender,
    NowPlayingRelay,
    LastfmConnect,
    RelayStatus,
    ListenCovers,
    FileImport,
    RecordingCache,
    PlayCounts,
    ListenMapper,
    ListenMappingSchedule,
    ListenReads,
    ListenEvents,
  ],
  exports: [Listeners, ListenStore, JellyfinListens, HistorySync, RelaySender, ListenMapper, ListenReads, ListenEvents],
})
export class ListeningModule {}
