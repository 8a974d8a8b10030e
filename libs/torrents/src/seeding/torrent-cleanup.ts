import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { JobKind, JobStatus, JobStreamEvent, type JobStreamMessage } from '@app/contracts';
import { JobEventBus, JobsService } from '@app/jobs';
import { CLOCK, type Clock, ScheduledTasks } from '@app/platform';
import { removalDecision } from '../clients/removal-policy.js';
import type { TorrentGrabEntity } from '../album/torrent-grab.entity.js';
import { TorrentClientPort } from '../album/torrent-client-port.js';
import { TorrentGrabs } from '../album/torrent-grabs.js';

export interface CleanupOutcome {
  jobId: string;
  title: string;
  removed: boolean;
  reason: string;
}

/**
 * Takes album jobs' torrents out of their download clients: at once when the job is cancelled (its files too,
 * unless TRUETRACK_TORRENT_KEEP_DATA_ON_CANCEL), and on TRUETRACK_TORRENT_SEEDING_SCHEDULE once a finished torrent
 * reached the client's ratio or seeding-time limit (raised to the indexer's own minimums). The library has its own
 * hard links or copies, so a finished torrent leaves with its files.
 */
@Injectable()
export class TorrentCleanup implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(TorrentCleanup.name);
  private unsubscribe: (() => void) | undefined;

  constructor(
    private readonly grabs: TorrentGrabs,
    private readonly clients: TorrentClientPort,
    private readonly jobs: JobsService,
    private readonly bus: JobEventBus,
    private readonly tasks: ScheduledTasks,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.unsubscribe = this.bus.subscribe((message) => this.onJobEvent(message));
    this.tasks.add(
      'torrent-seeding',
      this.config.torrents.seedingSchedule,
      'Remove finished torrents that reached their seeding limits, and those of cancelled album jobs',
      () => this.sweep(),
    );
  }

  onModuleDestroy(): void {
    this.unsubscribe?.();
  }

  /** Every torrent still in a client, checked once: the cancelled jobs' and those past their limits leave. */
  async sweep(): Promise<CleanupOutcome[]> {
    const outcomes: CleanupOutcome[] = [];
    for (const grab of await this.grabs.present()) {
      const outcome = await this.check(grab).catch((error: Error): CleanupOutcome => ({
        jobId: grab.jobId,
        title: grab.title,
        removed: false,
        reason: `Could not be checked: ${error.message}`,
      }));
      if (outcome.removed || outcome.reason.startsWith('Could not'))
        this.logger.log(`${grab.title}: ${outcome.reason}`);
      outcomes.push(outcome);
    }
    return outcomes;
  }

  /** A cancelled album job's torrent leaves its client. */
  async cancelled(jobId: string): Promise<CleanupOutcome | undefined> {
    const grab = await this.grabs.ofJob(jobId);
    if (!grab || grab.removedAt !== null) return undefined;
    const keep = this.config.torrents.keepDataOnCancel;
    return this.remove(
      grab,
      !keep,
      `The album job was cancelled; ${keep ? 'its files were kept' : 'its files were deleted'}`,
    );
  }

  private async check(grab: TorrentGrabEntity): Promise<CleanupOutcome> {
    const job = await this.jobs.get(grab.jobId).catch(() => undefined);
    if (!job || job.status === JobStatus.Cancelled) return (await this.cancelled(grab.jobId))!;
    const about = { jobId: grab.jobId, title: grab.title };
    if (grab.completedAt === null) return { ...about, removed: false, reason: 'Still downloading' };
    const configured = await this.clients.byId(grab.clientId);
    if (!configured) return this.forget(grab, 'Its download client was removed from the settings');
    const status = await configured.client.status(grab.infoHash);
    if (!status) return this.forget(grab, `${configured.client.kind} no longer has it`);
    const { settings } = configured;
    const decision = removalDecision(
      { ratio: status.ratio, seedingSeconds: Math.max(0, (this.clock.now() - grab.completedAt) / 1000) },
      {
        ...(settings.seedRatio !== null && { ratio: settings.seedRatio }),
        ...(settings.seedMinutes !== null && { seedMinutes: settings.seedMinutes }),
      },
      {
        ...(grab.minimumRatio !== null && { ratio: grab.minimumRatio }),
        ...(grab.minimumSeedSeconds !== null && { seedSeconds: grab.minimumSeedSeconds }),
      },
    );
    if (!decision.remove) return { ...about, removed: false, reason: decision.reason };
    return this.remove(grab, true, decision.reason);
  }

  private async remove(grab: TorrentGrabEntity, deleteData: boolean, reason: string): Promise<CleanupOutcome> {
    const configured = await this.clients.byId(grab.clientId);
    if (configured) await configured.client.remove(grab.infoHash, deleteData);
    await this.grabs.removed(grab.jobId, reason, this.clock.now());
    return { jobId: grab.jobId, title: grab.title, removed: true, reason };
  }

  private async forget(grab: TorrentGrabEntity, reason: string): Promise<CleanupOutcome> {
    await this.grabs.removed(grab.jobId, reason, this.clock.now());
    return { jobId: grab.jobId, title: grab.title, removed: true, reason };
  }

  private onJobEvent(message: JobStreamMessage): void {
    if (message.type !== JobStreamEvent.Updated) return;
    const { job } = message;
    if (job.kind !== JobKind.Album || job.status !== JobStatus.Cancelled) return;
    void this.cancelled(job.id).catch((error: Error) =>
      this.logger.warn(`Job ${job.id}: its torrent could not be removed (${error.message})`),
    );
  }
}
