import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { PermanentError } from '@app/core';
import { type ProviderHttp, ProviderHttpFactory } from '../provider-http.js';
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

  async test(signal?: AbortSignal): Promise<ProviderTestResult> {
    const started = performance.now();
    const latency = () => Math.round(performance.now() - started);
    const where = `Cover Art Archive at ${this.http.client.baseUrl}`;
    try {
      const { data } = await this.http.client.getJson<CaaRelease | null>(`release/${PROBE_RELEASE}`, {}, signal);
      const latencyMs = latency();
      if (!Array.isArray(data?.images)) {
        return { ok: false, latencyMs, message: `${where} answered, but not with a cover art listing` };
      }
      return { ok: true, latencyMs, message: `Cover Art Archive answered in ${latencyMs} ms` };
    } catch (error) {
      return { ok: false, latencyMs: latency(), message: `${where} failed: ${reason(error)}` };
    }
  }
}

function isNotFound(error: unknown): boolean {
  return error instanceof PermanentError && error.details?.['status'] === 404;
}

/** The client's error message without the request URL it starts with. */
function reason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/^https?:\/\/\S+: /, '');
}
