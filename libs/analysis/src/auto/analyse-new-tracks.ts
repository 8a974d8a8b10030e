import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { JobKind, JobState, JobStreamEvent, type JobStreamMessage } from '@app/contracts';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { JobEventBus } from '@app/jobs';
import { ScheduledTasks } from '@app/platform';
import { AnalysisRequests } from '../api/analysis-requests.service.js';

/** STORING outcomes that put a new file in the library. */
const NEW_FILE = new Set(['stored', 'replaced', 'kept-both', 'archived']);

/**
 * Keeps the library analysed when TRUETRACK_ANALYSIS_AUTO is on: a track a job has just stored is queued at
 * once, and on TRUETRACK_ANALYSIS_SCHEDULE every track without a current result (found by scans, or analysed
 * by an older analyser version) is queued as well.
 */
@Injectable()
export class AnalyseNewTracks implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(AnalyseNewTracks.name);
  private unsubscribe: (() => void) | undefined;

  constructor(
    private readonly bus: JobEventBus,
    private readonly requests: AnalysisRequests,
    private readonly tasks: ScheduledTasks,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    // Worker-only processes run steps; the API process (or the single one) asks for the work.
    if (this.config.queue.role === 'worker') return;
    const { auto, schedule } = this.config.analysis;
    this.tasks.add(
      'analysis-backlog',
      auto ? schedule : null,
      'Analyse library tracks without a current analysis',
      () => this.requests.analyseLibrary(),
    );
    if (auto) this.unsubscribe = this.bus.subscribe((message) => this.onJobEvent(message));
  }

  onModuleDestroy(): void {
    this.unsubscribe?.();
  }

  private onJobEvent(message: JobStreamMessage): void {
    if (message.type !== JobStreamEvent.Updated || message.job.state !== JobState.Finalized) return;
    if (message.job.kind !== JobKind.Track && message.job.kind !== JobKind.Import) return;
    const { trackId, outcome } = (message.job.result ?? {}) as { trackId?: unknown; outcome?: unknown };
    if (typeof trackId !== 'string' || typeof outcome !== 'string' || !NEW_FILE.has(outcome)) return;
    void this.requests
      .analyseTrack(trackId)
      .catch((error: Error) => this.logger.warn(`Track ${trackId}: could not queue its analysis (${error.message})`));
  }
}
