import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { PermanentError } from '@app/core';
import { type ProviderHttp, ProviderHttpFactory } from '../provider-http.js';
import { probe } from '../provider-probe.js';
import type { ProviderCapability, ProviderTestResult } from '../provider.types.js';
import { mapAcoustidLookup } from './acoustid.mapper.js';
import type { AcoustidLookup, FingerprintMatch, FingerprintProvider } from './acoustid.types.js';

/** AcoustID allows three requests a second per application. */
const MIN_INTERVAL_MS = 334;
/** A real AcoustID track (Focus, "Hocus Pocus"); looking it up proves the key works. */
const PROBE_TRACK_ID = '38338eff-b530-498c-a2ef-07e01d642187';

/**
 * Which MusicBrainz recordings a chromaprint fingerprint belongs to, from AcoustID (or a self-hosted
 * acoustid-server). Needs an application key (ACOUSTID_API_KEY); without one it stays off.
 */
@Injectable()
export class AcoustidProvider implements FingerprintProvider {
  readonly id = 'acoustid';
  readonly displayName = 'AcoustID';
  readonly capabilities: readonly ProviderCapability[] = ['fingerprint-lookup'];
  private readonly http: ProviderHttp;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    http: ProviderHttpFactory,
  ) {
    this.http = http.create('acoustid', { minIntervalMs: MIN_INTERVAL_MS });
  }

  isEnabled(): boolean {
    return this.config.providers.acoustid.enabled && !!this.config.providers.acoustidApiKey;
  }

  /** The recordings of the fingerprint (fpcalc's compressed form) at the given length, best score first. */
  async lookup(fingerprint: string, durationSec: number, signal?: AbortSignal): Promise<FingerprintMatch[]> {
    const duration = Math.round(durationSec);
    // POST: a fingerprint of two minutes is a few KB, too long for some servers' request lines.
    const body = await this.http.cached({ path: 'lookup', duration, fingerprint }, async () => {
      const form = this.form({ meta: 'recordings', duration: String(duration), fingerprint });
      return checked((await this.post(form, signal)).data);
    });
    return mapAcoustidLookup(body);
  }

  test(signal?: AbortSignal): Promise<ProviderTestResult> {
    const baseUrl = this.http.client.baseUrl;
    if (!this.config.providers.acoustidApiKey) {
      return Promise.resolve({
        ok: false,
        latencyMs: 0,
        message: `${this.displayName} at ${baseUrl} is not asked: ACOUSTID_API_KEY is not set`,
      });
    }
    return probe(this.displayName, baseUrl, async () => {
      const { data } = await this.post(this.form({ trackid: PROBE_TRACK_ID }), signal);
      return data?.status === 'ok' ? { ok: true } : { ok: false, expected: 'an AcoustID lookup result' };
    }).then((result) => (result.ok ? result : { ...result, message: withKeyHint(result.message) }));
  }

  private post(form: URLSearchParams, signal: AbortSignal | undefined) {
    return this.http.client.request<AcoustidLookup | null>({ method: 'POST', path: 'lookup', body: form, signal });
  }

  private form(fields: Record<string, string>): URLSearchParams {
    return new URLSearchParams({ client: this.config.providers.acoustidApiKey ?? '', format: 'json', ...fields });
  }
}

/** AcoustID reports some errors (an invalid fingerprint, a bad key) in the body. */
function checked(body: AcoustidLookup | null): AcoustidLookup {
  if (body?.status === 'ok') return body;
  const error = body?.error;
  const message = error?.message ? `${error.message}${error.code ? ` (code ${error.code})` : ''}` : 'no result';
  throw new PermanentError(`AcoustID lookup failed: ${message}`);
}

/** HTTP 400 is how AcoustID answers an unknown application key. */
function withKeyHint(message: string): string {
  return /HTTP 40[013]\b/.test(message) ? `${message}; check ACOUSTID_API_KEY` : message;
}
