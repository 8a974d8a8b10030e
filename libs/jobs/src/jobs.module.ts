import { type DynamicModule, Module, type Type } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { SourceUrlPolicy } from '@app/platform';
import { AlbumSources } from './album-sources/album-sources.js';
import { BullDispatcher } from './dispatch/bull.dispatcher.js';
import { InProcessDispatcher } from './dispatch/in-process.dispatcher.js';
import { JOB_DISPATCHER } from './dispatch/job-dispatcher.js';
import { JobCreation } from './engine/job-creation.js';
import { JobStateMachine } from './engine/job-state-machine.service.js';
import { JobTransitions } from './engine/job-transitions.js';
import { StepRegistry } from './engine/step-registry.js';
import { StepRunner } from './engine/step-runner.js';
import { EngineSignals } from './events/engine-signals.js';
import { JobEventBus } from './events/job-event-bus.js';
import { ChildJobs } from './child-jobs.repository.js';
import { JobLeases } from './job-leases.repository.js';
import { JobQueries } from './job-queries.repository.js';
import { JobRepository } from './job.repository.js';
import { JobsService } from './jobs.service.js';
import { ParentJobs } from './parents/parent-jobs.service.js';
import { ParentReconciler } from './parents/parent-reconciler.js';
import { JobOutbox } from './outbox/job-outbox.service.js';
import { RequestChecks } from './requests/request-checks.js';
import { JobViews } from './views/job-views.js';
import { TransitionHistory } from './history/transition-history.reader.js';
import { JobCounts } from './stats/job-counts.reader.js';
import { REQUIRE_EVERY_STEP, WorkerLifecycle } from './worker-lifecycle.js';

export interface JobsModuleOptions {
  /** HTTP controllers to mount (the job API); a worker-only process passes none. */
  controllers?: Type[];
  /** Refuse to start a worker when a working state has no step handler (the full application does). */
  requireEveryStep?: boolean;
}

/** The job engine: persisted state machine, step registry, runner and the configured dispatcher. */
@Module({})
export class JobsModule {
  static forRoot(options: JobsModuleOptions = {}): DynamicModule {
    return {
      module: JobsModule,
      global: true,
      imports: [DiscoveryModule],
      controllers: options.controllers ?? [],
      providers: [
        JobRepository,
        JobQueries,
        JobLeases,
        ChildJobs,
        JobViews,
        JobEventBus,
        EngineSignals,
        JobTransitions,
        JobCreation,
        ParentJobs,
        JobStateMachine,
        ParentReconciler,
        StepRegistry,
        StepRunner,
        InProcessDispatcher,
        BullDispatcher,
        {
          provide: JOB_DISPATCHER,
          inject: [APP_CONFIG, InProcessDispatcher, BullDispatcher],
          useFactory: (config: AppConfig, local: InProcessDispatcher, bull: BullDispatcher) =>
            config.queue.redisUrl ? bull : local,
        },
        { provide: REQUIRE_EVERY_STEP, useValue: options.requireEveryStep ?? false },
        WorkerLifecycle,
        JobsService,
        RequestChecks,
        JobOutbox,
        AlbumSources,
        TransitionHistory,
        JobCounts,
        {
          provide: SourceUrlPolicy,
          inject: [APP_CONFIG],
          useFactory: (config: AppConfig) => new SourceUrlPolicy(config.sources.allowPrivate),
        },
      ],
      exports: [
        JobsService,
        JobEventBus,
        StepRegistry,
        JOB_DISPATCHER,
        SourceUrlPolicy,
        RequestChecks,
        JobOutbox,
        AlbumSources,
        TransitionHistory,
        JobCounts,
      ],
    };
  }
}
