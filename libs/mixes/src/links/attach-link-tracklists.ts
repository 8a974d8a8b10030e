import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { LinkInfoStore, type YtDlpInfo } from '@app/acquisition';
import { JobKind, JobState, JobStreamEvent, type JobStreamMessage } from '@app/contracts';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { JobEventBus } from '@app/jobs';
import { formatClock } from '../tracklist/parse-clock.js';
import { MixesService } from '../mixes.service.js';
import { tracklistFromLinkInfo } from './tracklist-from-link-info.js';

/** STORING outcomes that put a new file in the library (an existing track keeps the tracklist it has). */
const NEW_FILE = new Set(['stored', 'replaced', 'kept-both', 'archived']);

/**
 * A mix link brings its own tracklist: when a link job has stored a new file and the page's info (kept by
 * DOWNLOADING in the LinkInfoStore) holds one — two chapters or more, or a timed list in the description — the
 * stored track becomes a mix with its lines matched, its CUE sheet written and its chapters embedded.
 */
@Injectable()
export class AttachLinkTracklists implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(AttachLinkTracklists.name);
  private unsubscribe: (() => void) | undefined;
  /** Attachments under way, so that closing the app waits for them rather than cutting a file write short. */
  private readonly pending = new Set<Promise<void>>();

  constructor(
    private readonly bus: JobEventBus,
    private readonly linkInfo: LinkInfoStore,
    private readonly mixes: MixesService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    // Worker-only processes run steps; the API process (or the single one) reacts to their outcome.
    if (this.config.queue.role === 'worker') return;
    this.unsubscribe = this.bus.subscribe((message) => this.onJobEvent(message));
  }

  async onModuleDestroy(): Promise<void> {
    this.unsubscribe?.();
    await Promise.allSettled([...this.pending]);
  }

  private onJobEvent(message: JobStreamMessage): void {
    if (message.type !== JobStreamEvent.Updated || message.job.kind !== JobKind.Track) return;
    if (message.job.state !== JobState.Finalized) return;
    const { trackId, outcome } = (message.job.result ?? {}) as { trackId?: unknown; outcome?: unknown };
    const jobId = message.job.id;
    const work = this.linkInfo
      .take(jobId)
      .then(async (info) => {
        if (!info || typeof trackId !== 'string' || typeof outcome !== 'string' || !NEW_FILE.has(outcome)) return;
        await this.attach(trackId, info);
      })
      .catch((error: Error) =>
        this.logger.warn(`Job ${jobId}: its link's tracklist was not attached (${error.message})`),
      )
      .finally(() => this.pending.delete(work));
    this.pending.add(work);
  }

  private async attach(trackId: string, info: YtDlpInfo): Promise<void> {
    const chapters = info.chapters?.map((c) => ({ start_time: c.startSec, title: c.title }));
    const tracklist = tracklistFromLinkInfo({ description: info.description, chapters });
    if (!tracklist) return;
    const fromChapters = (chapters?.length ?? 0) >= 2;
    const text = fromChapters
      ? (chapters ?? []).map((c) => `${formatClock(c.start_time)} ${c.title}`).join('\n')
      : (info.description ?? '');
    const mix = await this.mixes.attach(trackId, tracklist, text, 'link', info.title);
    this.logger.log(`Track ${trackId}: mix ${mix.id} with ${tracklist.entries.length} lines from its link`);
  }
}
