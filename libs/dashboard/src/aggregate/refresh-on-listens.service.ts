import { Injectable, Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { ListenEvents } from '@app/listening';
import { DashboardRefresh } from './dashboard-refresh.service.js';

/** A burst of listens (a client's backlog, an import's pages, a mapping round) is waited out this long. */
export const REFRESH_DELAY_MS = 1000;

/**
 * Listeners whose listens changed are marked dirty and refreshed a moment later, one refresh per listener for
 * all the listens that arrived meanwhile; listens arriving during a refresh mark it for one more. The listen
 * paths only add an id to a set: none of them waits for the dashboard.
 */
@Injectable()
export class RefreshOnListens implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(RefreshOnListens.name);
  private readonly dirty = new Set<string>();
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private stopped = false;
  private unsubscribe: (() => void) | undefined;

  constructor(
    private readonly events: ListenEvents,
    private readonly refresh: DashboardRefresh,
  ) {}

  onModuleInit(): void {
    this.unsubscribe = this.events.onChanged((ids) => {
      for (const id of ids) this.dirty.add(id);
      this.schedule();
    });
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    this.unsubscribe?.();
    clearTimeout(this.timer);
    await this.running;
  }

  private schedule(): void {
    if (this.timer || this.running || this.stopped) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.start();
    }, REFRESH_DELAY_MS);
    this.timer.unref();
  }

  private start(): void {
    this.running = this.drain().finally(() => {
      this.running = undefined;
      if (this.dirty.size) this.schedule();
    });
  }

  private async drain(): Promise<void> {
    const ids = [...this.dirty];
    this.dirty.clear();
    for (const listenerId of ids) {
      if (this.stopped) return;
      try {
        await this.refresh.run({ listenerId });
      } catch (error) {
        // A listener deleted meanwhile, or a database hiccup: the scheduled refresh catches up.
        this.logger.warn(`Dashboard refresh of listener ${listenerId} failed: ${String(error)}`);
      }
    }
  }
}
