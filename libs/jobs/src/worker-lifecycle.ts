import {
  Inject,
  Injectable,
  Logger,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { JOB_DISPATCHER, type JobDispatcher } from './dispatch/job-dispatcher.js';
import { StepRegistry } from './engine/step-registry.js';

/** Whether a working state without a step handler stops the start (true for the full application). */
export const REQUIRE_EVERY_STEP = Symbol('REQUIRE_EVERY_STEP');

/** Starts the dispatcher once every module (and so every step handler) is ready; stops it first on shutdown. */
@Injectable()
export class WorkerLifecycle implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(WorkerLifecycle.name);
  private started = false;

  constructor(
    @Inject(JOB_DISPATCHER) private readonly dispatcher: JobDispatcher,
    private readonly registry: StepRegistry,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(REQUIRE_EVERY_STEP) private readonly requireEveryStep: boolean,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const { role, redisUrl } = this.config.queue;
    if (role === 'api' && !redisUrl) return;
    const missing = this.registry.missingStates();
    if (missing.length && role !== 'api' && this.requireEveryStep) {
      throw new Error(`Refusing to start: no step handler for ${missing.join(', ')}`);
    }
    if (missing.length && role !== 'api') {
      this.logger.warn(
        `No step handler yet for ${missing.join(', ')}: jobs reaching these states fail with that reason`,
      );
    }
    await this.dispatcher.start();
    this.started = true;
  }

  async beforeApplicationShutdown(): Promise<void> {
    if (this.started) await this.dispatcher.stop();
  }
}
