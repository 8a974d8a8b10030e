import { Inject, Injectable } from '@nestjs/common';
import { type IntegrationKind } from '@app/contracts';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { NotFoundError } from '@app/core';
import { HttpClient } from '@app/platform';
import { type HttpFor, INTEGRATION_TARGETS, type IntegrationTarget } from './target.js';

/** Every integration kind's target, and HTTP clients for them (no retries of their own: the sender retries). */
@Injectable()
export class Targets {
  private readonly byKind: Map<IntegrationKind, IntegrationTarget>;
  readonly http: HttpFor;

  constructor(@Inject(INTEGRATION_TARGETS) targets: IntegrationTarget[], @Inject(APP_CONFIG) config: AppConfig) {
    this.byKind = new Map(targets.map((target) => [target.kind, target]));
    this.http = (baseUrl) =>
      new HttpClient({
        baseUrl,
        timeoutMs: config.providers.timeoutMs,
        userAgent: 'TrueTrack',
        maxRetries: 0,
      });
  }

  get(kind: IntegrationKind): IntegrationTarget {
    const target = this.byKind.get(kind);
    if (!target) throw new NotFoundError(`No integration kind ${kind}`);
    return target;
  }
}
