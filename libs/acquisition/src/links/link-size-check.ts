import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { JobKind } from '@app/contracts';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { mayListEntries, UnprocessableError } from '@app/core';
import { type JobData, type NewJob, RequestChecks } from '@app/jobs';
import type { LinkContents } from '../ytdlp/parse-ytdlp-playlist.js';
import { YtDlpEgress } from '../ytdlp/ytdlp-egress.js';
import type { LinkListing } from './link-listing.js';
import { YtDlpRunner } from '../ytdlp/ytdlp.runner.js';

/** How long a request waits for yt-dlp to list a link; a slower answer is left to the job. */
const LISTING_TIMEOUT_MS = 20_000;

/**
 * A link shaped like a playlist, set or album is listed when the request is made, so that one with more entries
 * than `TRUETRACK_LINK_MAX_ENTRIES` is refused at once with a 422 naming `options.allowLarge`, rather than
 * becoming a job that fails. The listing goes to the job (`linkListing`), so DOWNLOADING does not list the link
 * again; a link yt-dlp cannot list in time is accepted, and DOWNLOADING lists it and applies the same limit.
 */
@Injectable()
export class LinkSizeCheck implements OnModuleInit {
  constructor(
    private readonly checks: RequestChecks,
    private readonly ytdlp: YtDlpRunner,
    private readonly egress: YtDlpEgress,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.checks.add((request) => this.check(request));
  }

  private async check(request: NewJob): Promise<JobData | undefined> {
    const url = request.query.trim();
    if ((request.kind ?? JobKind.Track) !== JobKind.Track || request.options?.allowLarge) return undefined;
    if (!mayListEntries(url)) return undefined;
    const contents = await this.list(url);
    if (!contents) return undefined;
    const entries = contents.kind === 'playlist' ? contents.entries.length : 1;
    const limit = this.config.acquisition.linkMaxEntries;
    if (entries > limit) {
      throw new UnprocessableError(
        `query is a link listing ${entries} entries, more than ${limit} (TRUETRACK_LINK_MAX_ENTRIES); ` +
          'set options.allowLarge to true to fetch them all',
        { details: { field: 'options.allowLarge' } },
      );
    }
    const listing: LinkListing = { url, contents };
    return { linkListing: listing };
  }

  private async list(url: string): Promise<LinkContents | undefined> {
    const proxy = await this.egress.proxy();
    const { cookiesFile } = this.config.tools;
    try {
      const contents = await this.ytdlp.probe(
        { url, ...(cookiesFile && { cookiesFile }), ...(proxy && { proxy }) },
        { signal: AbortSignal.timeout(LISTING_TIMEOUT_MS) },
      );
      return contents;
    } catch {
      return undefined;
    }
  }
}
