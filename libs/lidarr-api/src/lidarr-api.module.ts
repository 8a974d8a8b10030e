import { Module } from '@nestjs/common';
import { LibraryModule, LibraryReadsModule } from '@app/library';
import { ResolverModule } from '@app/resolver';
import { TorrentsModule } from '@app/torrents';
import { AlbumViews } from './api/album-views.service.js';
import { LidarrAlbumController } from './api/album.controller.js';
import { AlbumsService } from './api/albums.service.js';
import { ArtistViews } from './api/artist-views.service.js';
import { LidarrArtistController } from './api/artist.controller.js';
import { LookupService } from './api/lookup.service.js';
import { RootFolders } from './api/root-folders.service.js';
import { LidarrSearchController } from './api/search.controller.js';
import { LidarrSystemController } from './api/system.controller.js';
import { LidarrTagsController } from './api/tags.controller.js';
import { TagsService } from './api/tags.service.js';
import { LidarrTrackController } from './api/track.controller.js';
import { TracksService } from './api/tracks.service.js';
import { LidarrWantedController } from './api/wanted.controller.js';
import { AlbumCatalog } from './catalog/album-catalog.service.js';
import { AlbumReleases } from './catalog/album-releases.service.js';
import { AlbumSearcher } from './catalog/album-searcher.service.js';
import { AlbumRepository } from './catalog/album.repository.js';
import { ArtistCatalog } from './catalog/artist-catalog.service.js';
import { ArtistRepository } from './catalog/artist.repository.js';
import { BackgroundTasks } from './catalog/background-tasks.js';
import { ReleaseRepository } from './catalog/release.repository.js';
import { LidarrCommandController } from './commands/command.controller.js';
import { CommandRepository } from './commands/command.repository.js';
import { CommandRunner } from './commands/command-runner.service.js';
import { CommandsService } from './commands/commands.service.js';
import { LidarrHistoryController } from './history/history.controller.js';
import { HistoryService } from './history/history.service.js';
import { LidarrExceptionFilter } from './http/lidarr-exception.filter.js';
import { LidarrQueueController } from './queue/queue.controller.js';
import { QueueService } from './queue/queue.service.js';
import { LidarrReleaseController } from './releases/release.controller.js';
import { ReleaseCache } from './releases/release-cache.js';
import { ReleaseGrab } from './releases/release-grab.service.js';
import { ReleaseSearch } from './releases/release-search.service.js';
import { AlbumDetails } from './stats/album-details.service.js';

/** The Lidarr-compatible API under /api/v1, over TrueTrack's jobs, library and MusicBrainz. */
@Module({
  imports: [ResolverModule, LibraryModule, LibraryReadsModule, TorrentsModule],
  controllers: [
    LidarrSystemController,
    LidarrTagsController,
    LidarrArtistController,
    LidarrAlbumController,
    LidarrTrackController,
    LidarrWantedController,
    LidarrSearchController,
    LidarrQueueController,
    LidarrHistoryController,
    LidarrCommandController,
    LidarrReleaseController,
  ],
  providers: [
    LidarrExceptionFilter,
    ArtistRepository,
    AlbumRepository,
    ReleaseRepository,
    CommandRepository,
    ReleaseSearch,
    ReleaseGrab,
    { provide: ReleaseCache, useFactory: () => new ReleaseCache() },
    BackgroundTasks,
    AlbumDetails,
    AlbumReleases,
    AlbumSearcher,
    ArtistCatalog,
    AlbumCatalog,
    ArtistViews,
    AlbumViews,
    AlbumsService,
    TracksService,
    LookupService,
    RootFolders,
    TagsService,
    QueueService,
    HistoryService,
    CommandRunner,
    CommandsService,
  ],
  exports: [BackgroundTasks],
})
export class LidarrApiModule {}
