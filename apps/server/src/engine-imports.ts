import type { DynamicModule, Type } from '@nestjs/common';
import { type AppConfig, ConfigModule } from '@app/config';
import { DbModule } from '@app/db';
import { JOB_ENTITIES, JobsModule } from '@app/jobs';
import { PlatformModule } from '@app/platform';

/** The modules every process needs: configuration, adapters, database and the job engine. */
export function engineImports(config: AppConfig, controllers: Type[] = []): (DynamicModule | Type)[] {
  return [
    ConfigModule.forRoot(config),
    PlatformModule,
    DbModule.forRoot(JOB_ENTITIES),
    JobsModule.forRoot({ controllers }),
  ];
}
