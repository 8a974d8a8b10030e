import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { PermanentError } from '@app/core';
import { HttpClient } from '@app/platform';

/** Covers larger than this are not a front cover TrueTrack wants to embed. */
export const MAX_COVER_BYTES = 20 * 1024 * 1024;

/** Fetches cover pictures by URL with the providers' timeout and contact; a cover is never worth a retry's wait. */
@Injectable()
export class CoverDownloader {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  async download(url: string, signal?: AbortSignal): Promise<Buffer> {
    if (!/^https?:\/\//i.test(url)) throw new PermanentError(`${url}: not an http(s) URL`);
    const { origin, pathname, search } = new URL(url);
    const contact = this.config.providers.contact;
    const client = new HttpClient({
      baseUrl: origin,
      timeoutMs: this.config.providers.timeoutMs,
      userAgent: contact ? `TrueTrack ( ${contact} )` : 'TrueTrack',
      maxRetries: 0,
    });
    return (await client.getBytes(`${pathname}${search}`, MAX_COVER_BYTES, signal)).data;
  }
}
