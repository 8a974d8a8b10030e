import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';

/** Work a request starts and does not wait for (reading an artist's albums); failures are logged, never thrown. */
@Injectable()
export class BackgroundTasks implements OnApplicationShutdown {
  private readonly logger = new Logger(BackgroundTasks.name);
  private readonly running = new Set<Promise<void>>();

  run(what: string, work: () => Promise<unknown>): void {
    const task = work().then(
      () => undefined,
      (error: unknown) => {
        this.logger.warn(`${what} failed: ${error instanceof Error ? error.message : String(error)}`);
      },
    );
    this.running.add(task);
    void task.finally(() => this.running.delete(task));
  }

  /** Settles when every task started so far has ended. */
  async idle(): Promise<void> {
    while (this.running.size) await Promise.all([...this.running]);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.idle();
  }
}
