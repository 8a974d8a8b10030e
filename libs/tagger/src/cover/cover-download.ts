import { Inject, Injectable } from '@nestjs/common';
import axios from 'axios';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { PermanentError, RetryableError } from '@app/core';

/** Covers larger than this are not a front cover TrueTrack wants to embed. */
export const MAX_COVER_BYTES = 20 * 1024 * 1024;

/**
 * Fetches cover pictures by URL. The platform HttpClient reads JSON only, so this is the one place that asks
 * for raw bytes; it keeps the same timeout and User-Agent as the providers.
 */
@Injectable()
export class CoverDownloader {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  async download(url: string, signal?: AbortSignal): Promise<Buffer> {
    if (!/^https?:\/\//i.test(url)) throw new PermanentError(`${url}: not an http(s) URL`);
    const contact = this.config.providers.contact;
    const response = await axios
      .get<ArrayBuffer>(url, {
        responseType: 'arraybuffer',
        timeout: this.config.providers.timeoutMs,
        maxContentLength: MAX_COVER_BYTES,
        maxRedirects: 5,
        validateStatus: () => true,
        signal,
        headers: { 'User-Agent': contact ? `TrueTrack ( ${contact} )` : 'TrueTrack', Accept: 'image/*' },
      })
      .catch((error: unknown) => {
        if (signal?.aborted) throw signal.reason;
        const message =
          axios.isAxiosError(error) && error.code === 'ECONNABORTED' ? 'timed out' : (error as Error).message;
        throw new RetryableError(`${url}: ${message}`, { cause: error });
      });
    const { status } = response;
    if (status === 429 || status >= 500) throw new RetryableError(`${url}: HTTP ${status}`);
    if (status >= 400) throw new PermanentError(`${url}: HTTP ${status}`);
    return Buffer.from(response.data);
  }
}
