import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { type ProviderHttp, ProviderHttpFactory } from '../provider-http.js';
import { isNotFound, probe } from '../provider-probe.js';
import type { CoverArt, CoverProvider, ProviderCapability, ProviderTestResult } from '../provider.types.js';
import { type CaaRelease, mapFrontCover } from './coverartarchive.mapper.js';

/** A release with art, so that a 404 in test() means the URL is not the archive's. */
const PROBE_RELEASE = 'c771f7fc-9e62-4349-a2e3-ceaf7122bf5b';

/** Front covers of MusicBrainz releases from the Cover Art Archive (or a mirror). */
@Injectable()
export class CoverArtArchiveProvider implements CoverProvider {
  readonly id = 'coverartarchive';
  readonly displayName = 'Cover Art Archive';
  readonly capabilities: readonly ProviderCapability[] = ['cover-art'];
  private readonly http: ProviderHttp;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    http: ProviderHttpFactory,
  ) {
    this.http = http.create('coverartarchive');
  }

  isEnabled(): boolean {
    return this.config.providers.coverartarchive.enabled;
  }

  /** Undefined when the release has no art: the archive answers 404 for those. */
  async frontCover(releaseMbid: string, signal?: AbortSignal): Promise<CoverArt | undefined> {
    try {
      const body = await this.http.getJson<CaaRelease | null>(`release/${encodeURIComponent(releaseMbid)}`, {}, signal);
      return body ? mapFrontCover(body, releaseMbid) : undefined;
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw error;
    }
  }

  test(signal?: AbortSignal): Promise<ProviderTestResult> {
    return probe(this.displayName, this.http.client.baseUrl, async () => {
      const { data } = await this.http.client.getJson<CaaRelease | null>(`release/${PROBE_RELEASE}`, {}, signal);
      return Array.isArray(data?.images) ? { ok: true } : { ok: false, expected: 'a cover art listing' };
    });
  }
}

/** The client's error message without the request URL it starts with. */
