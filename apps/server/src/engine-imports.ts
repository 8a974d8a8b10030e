import type { DynamicModule, Type } from '@nestjs/common';
import { ANALYSIS_ENTITIES, AnalysisModule } from '@app/analysis';
import { AUTH_ENTITIES } from '@app/auth';
import { type AppConfig, ConfigModule } from '@app/config';
import { DASHBOARD_ENTITIES } from '@app/dashboard';
import { CONVERSATION_ENTITIES } from '@app/conversation';
import { DbModule } from '@app/db';
import { INTEGRATION_ENTITIES } from '@app/integrations';
import { JOB_ENTITIES, JobsModule } from '@app/jobs';
import { PlatformModule } from '@app/platform';
import { AcquisitionModule } from '@app/acquisition';
import { LIBRARY_ENTITIES, LibraryModule } from '@app/library';
import { LIDARR_ENTITIES } from '@app/lidarr-api';
import { LISTENING_ENTITIES } from '@app/listening';
import { MIXES_ENTITIES } from '@app/mixes';
import { RESOLVER_ENTITIES, ResolverModule } from '@app/resolver';
import { TaggerModule } from '@app/tagger';
import { TORRENT_ENTITIES, TorrentAlbumsModule } from '@app/torrents';

/** The pipeline's feature modules, each registering its steps with the engine. */
export const FEATURE_MODULES: Type[] = [
  ResolverModule,
  AcquisitionModule,
  TaggerModule,
  LibraryModule,
  AnalysisModule,
  TorrentAlbumsModule,
];

/** The modules every process needs: configuration, adapters, database, the job engine and the features. */
export function engineImports(
  config: AppConfig,
  controllers: Type[] = [],
  features?: (Type | DynamicModule)[],
  // The full application must handle every working state; a test composing a part of it may not.
  requireEveryStep = features === undefined,
): (DynamicModule | Type)[] {
  return [
    ConfigModule.forRoot(config),
    PlatformModule,
    DbModule.forRoot([
      ...AUTH_ENTITIES,
      ...JOB_ENTITIES,
      ...RESOLVER_ENTITIES,
      ...LIBRARY_ENTITIES,
      ...LIDARR_ENTITIES,
      ...INTEGRATION_ENTITIES,
      ...LISTENING_ENTITIES,
      ...ANALYSIS_ENTITIES,
      ...TORRENT_ENTITIES,
      ...MIXES_ENTITIES,
      ...DASHBOARD_ENTITIES,
      ...CONVERSATION_ENTITIES,
    ]),
    JobsModule.forRoot({ controllers, requireEveryStep }),
    ...(features ?? FEATURE_MODULES),
  ];
}
