import { type DynamicModule, Global, type MiddlewareConsumer, Module, type NestModule } from '@nestjs/common';
import type { AppConfig } from '@app/config';
import { STEP_OBSERVER } from '@app/jobs';
import { BackupScheduler } from './backup/backup-scheduler.js';
import { BackupService } from './backup/backup.service.js';
import { BackupsController } from './backup/backups.controller.js';
import { ProcessResources } from './runtime/process-resources.js';
import { RequestLogMiddleware } from './logging/request-log.middleware.js';
import { SystemLogsController } from './logging/system-logs.controller.js';
import { JobStats } from './metrics/job-stats.js';
import { MetricsController, PublicMetricsController } from './metrics/metrics.controller.js';
import { OpsMetrics } from './metrics/ops-metrics.js';
import { SystemSchedulesController } from './schedule/system-schedules.controller.js';

/** Request logging, the System page's logs and schedules, Prometheus metrics and SQLite backups. */
@Global()
@Module({})
export class OpsModule implements NestModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: OpsModule,
      controllers: [
        SystemLogsController,
        BackupsController,
        SystemSchedulesController,
        config.metrics.public ? PublicMetricsController : MetricsController,
      ],
      providers: [
        JobStats,
        OpsMetrics,
        { provide: STEP_OBSERVER, useExisting: OpsMetrics },
        BackupService,
        BackupScheduler,
        ProcessResources,
      ],
      exports: [STEP_OBSERVER, BackupService, ProcessResources],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(RequestLogMiddleware).forRoutes('*');
  }
}
