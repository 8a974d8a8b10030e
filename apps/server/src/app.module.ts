import { existsSync } from 'node:fs';
import { type DynamicModule, Module, type Provider, type Type } from '@nestjs/common';
import { ServeStaticModule } from '@nestjs/serve-static';
import { AcquisitionModule, ToolStatusService } from '@app/acquisition';
import { AuthModule } from '@app/auth';
import type { AppConfig } from '@app/config';
import { DashboardModule } from '@app/dashboard';
import { ConversationModule } from '@app/conversation';
import { IntegrationsModule } from '@app/integrations';
import { JOB_API_CONTROLLERS } from '@app/jobs';
import { LibraryModule, locateImportSource, WatchService } from '@app/library';
import { LidarrApiModule } from '@app/lidarr-api';
import { ListeningModule } from '@app/listening';
import { MixesModule } from '@app/mixes';
import { OpsModule } from '@app/ops';
import { TorrentsModule } from '@app/torrents';
import { engineImports } from './engine-imports.js';
import { ListenRecordingsModule } from './listen-recordings.js';
import { PingController } from './ping.controller.js';

export interface AppModuleOptions {
  /** More providers, e.g. step handlers; tests register scripted ones. */
  extraProviders?: Provider[];
  /** The feature modules with the real steps; tests with scripted steps pass none. */
  features?: (Type | DynamicModule)[];
  /** Refuse to start when a working state has no handler; the default when `features` is left out. */
  requireEveryStep?: boolean;
}

/** Paths the admin UI's fallback to index.html must leave to the API (and its 404s). */
const API_PATHS = /^\/(api|jobs|ping|listenbrainz)(\/|$)/;

/** HTTP API + admin UI + (unless the role says otherwise) the embedded worker. */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig, options: AppModuleOptions = {}): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ...engineImports(config, JOB_API_CONTROLLERS, options.features, options.requireEveryStep),
        AuthModule,
        // The Lidarr API needs the real feature modules; tests with scripted steps run without it.
        ...(options.features === undefined ? [LidarrApiModule] : []),
        // Requests in plain words read through the real resolver; scripted test apps run without it.
        ...(options.features === undefined ? [ConversationModule] : []),
        OpsModule.forRoot(config),
        // Periodic work (the listening history sync) runs on @nestjs/schedule.
        ListeningModule,
        // Torznab indexers; off until a person adds one.
        TorrentsModule,
        MixesModule,
        // Listens are mapped through the resolver; scripted test apps map by what listens carry and the library.
        ...(options.features === undefined ? [ListenRecordingsModule] : []),
        DashboardModule,
        IntegrationsModule.forRoot({
          locateImport: locateImportSource,
          // The tools' and the watch folders' problems; scripted test apps run without those modules.
          ...(options.features === undefined && {
            health: {
              imports: [AcquisitionModule, LibraryModule],
              inject: [ToolStatusService, WatchService],
              useFactory: (tools: ToolStatusService, watch: WatchService) => async () => [
                ...(await tools.problems()),
                ...(await watch.healthProblems()),
              ],
            },
          }),
        }),
        ...adminUi(config.paths.adminDir),
      ],
      controllers: [PingController],
      providers: options.extraProviders ?? [],
    };
  }
}

/** The built admin UI, when there is one: a server built without it still serves the API. */
function adminUi(adminDir: string): DynamicModule[] {
  if (!existsSync(adminDir)) return [];
  return [ServeStaticModule.forRoot({ rootPath: adminDir, exclude: API_PATHS })];
}
