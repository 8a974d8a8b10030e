import { Inject, Injectable, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { APP_CONFIG, type AppConfig, PROVIDER_IDS } from '@app/config';
import type { StepObserver, StepRunRecord } from '@app/jobs';
import { type HttpRequestRecord, observeHttpRequests } from '@app/platform';
import { truetrackVersion } from '../version.js';
import { JobStats } from './job-stats.js';
import { Counter, Gauge, Histogram, renderMetrics } from './metric-registry.js';
import { ProcessMetrics } from './process-metrics.js';

const STEP_BUCKETS = [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 600, 1800];
const REQUEST_BUCKETS = [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

/** Everything `GET /metrics` shows; also the engine's step observer and the HttpClients' request observer. */
@Injectable()
export class OpsMetrics implements StepObserver, OnModuleInit, OnModuleDestroy {
  private readonly jobs = new Gauge('truetrack_jobs', 'Jobs by state');
  private readonly queueDepth = new Gauge('truetrack_queue_depth', 'Steps due now that no worker has taken yet');
  private readonly steps = new Histogram(
    'truetrack_step_duration_seconds',
    'Duration of step runs by the state they worked in and how they ended',
    STEP_BUCKETS,
  );
  private readonly requests = new Counter('truetrack_provider_requests_total', 'Provider HTTP requests by outcome');
  private readonly requestSeconds = new Histogram(
    'truetrack_provider_request_duration_seconds',
    'Duration of provider HTTP requests',
    REQUEST_BUCKETS,
  );
  private readonly build = new Gauge('truetrack_build_info', 'The running TrueTrack version');
  private readonly process = new ProcessMetrics();
  private stopObserving: (() => void) | undefined;

  constructor(
    private readonly stats: JobStats,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.build.set({ version: truetrackVersion() }, 1);
  }

  onModuleInit(): void {
    this.process.start();
    this.stopObserving = observeHttpRequests((record) => this.requestFinished(record));
  }

  onModuleDestroy(): void {
    this.stopObserving?.();
    this.process.stop();
  }

  stepFinished(record: StepRunRecord): void {
    this.steps.observe({ state: record.state, outcome: record.outcome }, record.durationMs / 1000);
  }

  requestFinished(record: HttpRequestRecord): void {
    const provider = this.providerOf(record.baseUrl);
    this.requests.inc({ provider, outcome: record.outcome });
    this.requestSeconds.observe({ provider }, record.durationMs / 1000);
  }

  async render(): Promise<string> {
    const { byState, queueDepth } = await this.stats.snapshot();
    for (const [state, count] of Object.entries(byState)) this.jobs.set({ state }, count);
    this.queueDepth.set({}, queueDepth);
    return renderMetrics([
      this.build,
      this.jobs,
      this.queueDepth,
      this.steps,
      this.requests,
      this.requestSeconds,
      ...this.process.collect(),
    ]);
  }

  /** The configured provider a base URL belongs to; other hosts (cover pictures) by host name. */
  private providerOf(baseUrl: string): string {
    const trimmed = baseUrl.replace(/\/+$/, '');
    const id = PROVIDER_IDS.find((p) => this.config.providers[p].baseUrl.replace(/\/+$/, '') === trimmed);
    if (id) return id;
    try {
      return new URL(baseUrl).host;
    } catch {
      return 'other';
    }
  }
}
