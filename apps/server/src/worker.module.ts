import { type DynamicModule, Module, type Provider } from '@nestjs/common';
import type { AppConfig } from '@app/config';
import { engineImports } from './engine-imports.js';

/** A worker only: runs job steps, serves no HTTP. */
@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig, extraProviders: Provider[] = []): DynamicModule {
    return { module: WorkerModule, imports: engineImports(config), providers: extraProviders };
  }
}
