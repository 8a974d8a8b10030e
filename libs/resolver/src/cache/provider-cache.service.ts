import { createHash } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { TransactionRunner } from '@app/db';
import { CLOCK, type Clock } from '@app/platform';
import { LessThan } from 'typeorm';
import { ProviderCacheEntity } from './provider-cache.entity.js';

/** Provider answers in the database, reused for `TRUETRACK_PROVIDER_CACHE_HOURS`. */
@Injectable()
export class ProviderCache {
  private readonly logger = new Logger(ProviderCache.name);

  constructor(
    private readonly tx: TransactionRunner,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  static key(provider: string, url: string, params: Record<string, unknown> = {}): string {
    const sorted = Object.entries(params)
      .filter(([, value]) => value !== undefined)
      .sort(([a], [b]) => a.localeCompare(b));
    return `${provider}:${createHash('sha256')
      .update(JSON.stringify([url, sorted]))
      .digest('hex')}`;
  }

  get enabled(): boolean {
    return this.config.providers.cacheTtlMs > 0;
  }

  async get<T>(key: string): Promise<T | undefined> {
    if (!this.enabled) return undefined;
    const row = await this.tx.outsideTransaction((manager) => manager.findOneBy(ProviderCacheEntity, { key }));
    if (!row || row.expiresAt <= this.clock.now()) return undefined;
    return JSON.parse(row.value) as T;
  }

  /** Stores an answer; a failure to cache never fails the request that produced it. */
  async set(key: string, provider: string, value: unknown): Promise<void> {
    if (!this.enabled) return;
    const now = this.clock.now();
    const row = {
      key,
      provider,
      value: JSON.stringify(value),
      expiresAt: now + this.config.providers.cacheTtlMs,
      createdAt: now,
    };
    try {
      await this.tx.run((manager) => manager.upsert(ProviderCacheEntity, row, ['key']));
    } catch (error) {
      this.logger.warn(`Could not cache a ${provider} answer (${(error as Error).message})`);
    }
  }

  /** Drops expired answers; returns how many. */
  async prune(): Promise<number> {
    const result = await this.tx.run((manager) =>
      manager.delete(ProviderCacheEntity, { expiresAt: LessThan(this.clock.now()) }),
    );
    return result.affected ?? 0;
  }
}
