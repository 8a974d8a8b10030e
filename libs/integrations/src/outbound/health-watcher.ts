import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
  Optional,
} from '@nestjs/common';
import { IntegrationEvent } from '@app/contracts';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { ScheduledTasks } from '@app/platform';
import { IntegrationRelay } from './integration-relay.service.js';
import { sendsFromThisProcess } from './sending-process.js';

/** One thing wrong with TrueTrack (a tool missing, YouTube pushing back); `key` names it across checks. */
export interface HealthProblem {
  key: string;
  message: string;
}

/** What the process can find wrong with itself; given by the composition root (the tools live elsewhere). */
export type HealthCheck = () => Promise<HealthProblem[]>;
export const HEALTH_CHECK = Symbol('truetrack:health-check');

/**
 * Looks for health problems on TRUETRACK_HEALTH_CHECK_SCHEDULE and sends a `health` notification when one
 * appears — once: a problem that stays is not repeated, one that goes away and comes back is told again.
 */
@Injectable()
export class HealthWatcher implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(HealthWatcher.name);
  private readonly open = new Set<string>();
  private checking: Promise<void> | undefined;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly relay: IntegrationRelay,
    private readonly tasks: ScheduledTasks,
    @Optional() @Inject(HEALTH_CHECK) private readonly check?: HealthCheck,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.check || !sendsFromThisProcess(this.config)) return;
    const schedule = this.config.schedules.healthCheck;
    this.tasks.add('health-check', schedule, 'Look for health problems and notify new ones', () => this.checkNow());
  }

  async onModuleDestroy(): Promise<void> {
    await this.checking;
  }

  /** One round: tells about problems not seen in the round before. Never throws. */
  checkNow(): Promise<void> {
    this.checking ??= this.round().finally(() => (this.checking = undefined));
    return this.checking;
  }

  private async round(): Promise<void> {
    try {
      const problems = (await this.check?.()) ?? [];
      const now = new Set(problems.map((p) => p.key));
      for (const key of this.open) if (!now.has(key)) this.open.delete(key);
      for (const problem of problems) {
        if (this.open.has(problem.key)) continue;
        this.open.add(problem.key);
        await this.relay.notify({ type: IntegrationEvent.Health, at: Date.now(), reason: problem.message });
      }
    } catch (error) {
      this.logger.warn(`The health check failed: ${(error as Error).message}`);
    }
  }
}
