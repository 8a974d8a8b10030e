import { type DynamicModule, Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { DataSource } from 'typeorm';
import { buildDataSourceOptions, type EntityList, openDataSource } from './data-source.js';
import { SettingsStore } from './settings/settings.store.js';
import { TransactionRunner } from './transaction-runner.js';

/** Registers the application's one DataSource (migrated at boot) for injection as `DataSource`. */
@Global()
@Module({})
export class DbModule implements OnApplicationShutdown {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  static forRoot(entities: EntityList): DynamicModule {
    return {
      module: DbModule,
      providers: [
        {
          provide: DataSource,
          inject: [APP_CONFIG],
          useFactory: (config: AppConfig) => openDataSource(buildDataSourceOptions(config.db, entities)),
        },
        TransactionRunner,
        SettingsStore,
      ],
      exports: [DataSource, TransactionRunner, SettingsStore],
    };
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
  }
}
