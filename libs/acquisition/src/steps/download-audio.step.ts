import { Inject } from '@nestjs/common';
import { JobState } from '@app/contracts';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { isMediaFileLink, PermanentError } from '@app/core';
import {
  freshFolder,
  jobFolder,
  type JobData,
  type PipelineStep,
  type StepContext,
  StepHandler,
  type StepOutcome,
} from '@app/jobs';
import { SourceUrlPolicy } from '@app/platform';
import { fanOutLink } from '../links/fan-out-link.js';
import { listingOf } from '../links/link-listing.js';
import { LinkInfoStore } from '../links/link-info-store.js';
import { YtDlpEgress } from '../ytdlp/ytdlp-egress.js';
import { YtDlpRunner } from '../ytdlp/ytdlp.runner.js';
import { askForRecording } from './ask-for-recording.js';
import { failureText } from './failure-text.js';
import { IntentCandidates } from './intent-candidates.js';

/**
 * DOWNLOADING: the best audio of the current source into the job's temp folder, progress reported. A source
 * that is gone for good (removed, private, geo-blocked…) gives way to the next one; a transient failure is
 * retried by the engine with backoff. When every source is gone a person is asked which recording to try instead.
 */
@StepHandler(JobState.Downloading)
export class DownloadAudioStep implements PipelineStep {
  constructor(
    private readonly ytdlp: YtDlpRunner,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly sourceUrls: SourceUrlPolicy,
    private readonly egress: YtDlpEgress,
    private readonly linkInfo: LinkInfoStore,
    private readonly intents: IntentCandidates,
  ) {}

  async run(ctx: StepContext): Promise<StepOutcome> {
    const data = ctx.job.data;
    const url = unprobedLink(data);
    // A refused link is never probed either: the loop below says why it is not fetched.
    if (url !== undefined && !(await this.sourceUrls.refusal(url))) {
      const contents = listingOf(data, url) ?? (await this.probe(ctx, url));
      if (contents.kind === 'playlist') {
        return fanOutLink(ctx.job, contents, this.config.acquisition.linkMaxEntries);
      }
    }
    const sources = data.sources ?? [];
    const failures = [...(data.sourceFailures ?? [])];
    const outputDir = await freshFolder(jobFolder(this.config.paths.tmpDir, ctx.job.id, 'download'));
    for (let index = Number(data.sourceIndex ?? 0); index < sources.length; index++) {
      const source = sources[index]!;
      // Checked again right before the fetch: the name may resolve elsewhere than when the job was created.
      const refusal = await this.sourceUrls.refusal(source.url);
      if (refusal) {
        failures.push(`${source.url}: ${refusal}`);
        ctx.logger.warn(`Source ${index + 1} of ${sources.length} is refused: ${refusal}`);
        continue;
      }
      try {
        const download = await this.ytdlp.download(await this.argsFor(source.url, outputDir), {
          signal: ctx.signal,
          onProgress: (p) => ctx.progress(p.fraction ?? 0, { ...p, source: source.url }),
        });
        // A link's page may say more than who the recording is (a mix's tracklist): kept for the link hooks.
        if (data.sourceUrl !== undefined) await this.linkInfo.keep(ctx.job.id, download.info);
        const reason = `Downloaded ${source.title ?? source.url} (${Math.round(download.bytes / 1024)} KiB)`;
        return {
          next: JobState.Extracting,
          reason,
          data: { ...data, sourceIndex: index, sourceFailures: failures, download },
        };
      } catch (error) {
        if (!(error instanceof PermanentError)) throw error;
        failures.push(`${source.url}: ${error.message}`);
        // A missing or broken yt-dlp fails every source alike; no other recording would fare better.
        if (!isSourceRefusal(error))
          throw new PermanentError(`No source could be downloaded (${failures.map(failureText).join('; ')})`);
        ctx.logger.warn(`Source ${index + 1} of ${sources.length} is unusable: ${error.message}`);
      }
    }
    if (sources.length === 0) throw new PermanentError('No source could be downloaded (no sources)');
    const stored = await this.intents.find(ctx.job.id);
    return askForRecording(data, stored, 'No source could be downloaded', failures);
  }

  /**
   * Whether a link holds one recording or many, before anything is downloaded (yt-dlp would otherwise fetch a
   * whole playlist into the folder). A link yt-dlp cannot list is tried as one recording: the download says why not.
   */
  private async probe(ctx: StepContext, url: string) {
    const { cookiesFile } = this.config.tools;
    const proxy = await this.egress.proxy();
    try {
      return await this.ytdlp.probe(
        { url, ...(cookiesFile && { cookiesFile }), ...(proxy && { proxy }) },
        { signal: ctx.signal },
      );
    } catch (error) {
      if (!(error instanceof PermanentError)) throw error;
      ctx.logger.warn(`The link's entries could not be listed (${error.message}); downloading it as one recording`);
      return { kind: 'single' as const };
    }
  }

  private async argsFor(url: string, outputDir: string) {
    const { cookiesFile, rateLimit } = this.config.tools;
    const proxy = await this.egress.proxy();
    return {
      url,
      outputDir,
      ...(cookiesFile && { cookiesFile }),
      ...(rateLimit && { rateLimit }),
      ...(proxy && { proxy }),
    };
  }
}

/**
 * The link of a request that may hold a playlist: not an entry another link job already listed, not yet downloaded
 * from, and not a link straight to an audio file (one recording; asking yt-dlp first would only cost a start-up).
 */
function unprobedLink(data: Readonly<JobData>): string | undefined {
  const url = data.sourceUrl;
  if (typeof url !== 'string' || isMediaFileLink(url)) return undefined;
  return data.linkEntry || data.download || data.sourceFailures ? undefined : url;
}

/** yt-dlp ran and the source refused (removed, private, geo-blocked…), as opposed to yt-dlp not running at all. */
const isSourceRefusal = (error: PermanentError) => error.details?.['tool'] === 'yt-dlp';
