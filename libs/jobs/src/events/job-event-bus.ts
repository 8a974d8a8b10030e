import { EventEmitter } from 'node:events';
import { Inject, Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import type { JobStreamMessage } from '@app/contracts';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { Redis } from 'ioredis';

/** Channels are shared by every database of a Redis: instances kept apart by the database in REDIS_URL stay apart. */
const jobEventChannel = (db: number): string => `truetrack:${db}:job-events`;

/**
 * Fan-out of job events to live listeners (the SSE stream, the admin UI). With Redis every process
 * publishes there and listens there, so an API process sees what workers elsewhere do.
 */
@Injectable()
export class JobEventBus implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(JobEventBus.name);
  private readonly emitter = new EventEmitter().setMaxListeners(0);
  private publisher: Redis | undefined;
  private subscriber: Redis | undefined;
  private channel = jobEventChannel(0);

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  async onModuleInit(): Promise<void> {
    const url = this.config.queue.redisUrl;
    if (!url) return;
    this.publisher = new Redis(url, { maxRetriesPerRequest: 3 });
    this.subscriber = new Redis(url);
    this.channel = jobEventChannel(this.publisher.options.db ?? 0);
    this.subscriber.on('message', (_channel: string, message: string) => this.deliver(JSON.parse(message)));
    await this.subscriber.subscribe(this.channel);
  }

  async onModuleDestroy(): Promise<void> {
    await Promise.allSettled([this.subscriber?.quit(), this.publisher?.quit()]);
  }

  publish(message: JobStreamMessage): void {
    if (!this.publisher) return this.deliver(message);
    this.publisher.publish(this.channel, JSON.stringify(message)).catch((error: Error) => {
      this.logger.warn(`Could not relay a job event through Redis (${error.message}); delivering locally`);
      this.deliver(message);
    });
  }

  subscribe(listener: (message: JobStreamMessage) => void): () => void {
    this.emitter.on('message', listener);
    return () => this.emitter.off('message', listener);
  }

  private deliver(message: JobStreamMessage): void {
    this.emitter.emit('message', message);
  }
}
