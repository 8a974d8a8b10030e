import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { PermanentError, RetryableError } from '@app/core';
import axios from 'axios';

/** A release binary is a few MB (zipapp) to a few tens of MB (standalone build); far more is not yt-dlp. */
const MAX_BINARY_BYTES = 200 * 1024 * 1024;
const USER_AGENT = 'TrueTrack (yt-dlp updater)';
const VERSION_TAG = /^[\w.-]{1,40}$/;
/** The checksum list yt-dlp publishes beside every release's files. */
export const CHECKSUMS_FILE = 'SHA2-256SUMS';
const MAX_CHECKSUMS_BYTES = 64 * 1024;

/** The yt-dlp release feed: the latest version (GitHub API `tag_name`) and the release binary itself. */
@Injectable()
export class YtDlpReleases {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  async latestVersion(signal?: AbortSignal): Promise<string> {
    const url = this.config.tools.ytdlpReleaseApiUrl;
    const response = await axios
      .get<unknown>(url, {
        timeout: this.config.providers.timeoutMs,
        headers: { 'User-Agent': USER_AGENT, Accept: 'application/vnd.github+json' },
        maxContentLength: MAX_CHECKSUMS_BYTES * 16,
        validateStatus: () => true,
        signal,
      })
      .catch((error: Error) => Promise.reject(new RetryableError(`${url}: ${error.message}`, { cause: error })));
    if (response.status !== 200) throw httpError(url, response.status);
    const tag = (response.data as { tag_name?: unknown } | null)?.tag_name;
    if (typeof tag !== 'string' || !VERSION_TAG.test(tag)) {
      throw new PermanentError(`${url} answered without a release tag_name`);
    }
    return tag;
  }

  /**
   * The SHA-256 the release publishes for the binary: `SHA2-256SUMS` in the same folder as the binary's URL,
   * the line naming the binary's file name.
   */
  async publishedChecksum(signal?: AbortSignal): Promise<string> {
    const binaryUrl = new URL(this.config.tools.ytdlpReleasesUrl);
    const url = new URL(CHECKSUMS_FILE, binaryUrl).toString();
    const name = binaryUrl.pathname.split('/').pop() ?? '';
    const response = await axios
      .get<string>(url, {
        timeout: this.config.providers.timeoutMs,
        responseType: 'text',
        maxRedirects: 5,
        maxContentLength: MAX_CHECKSUMS_BYTES,
        headers: { 'User-Agent': USER_AGENT },
        validateStatus: () => true,
        signal,
      })
      .catch((error: Error) => Promise.reject(new RetryableError(`${url}: ${error.message}`, { cause: error })));
    if (response.status !== 200) throw httpError(url, response.status);
    for (const line of String(response.data).split('\n')) {
      const [hash, file] = line.trim().split(/\s+\*?/);
      if (file === name && hash && /^[0-9a-f]{64}$/i.test(hash)) return hash.toLowerCase();
    }
    throw new PermanentError(`${url} lists no SHA-256 for ${name}`);
  }

  /** Streams the release binary into `file` (created with mode 0700); returns its size and SHA-256. */
  async download(file: string, signal?: AbortSignal): Promise<{ bytes: number; sha256: string }> {
    const url = this.config.tools.ytdlpReleasesUrl;
    const limit = AbortSignal.timeout(this.config.tools.downloadTimeoutMs);
    const both = signal ? AbortSignal.any([signal, limit]) : limit;
    const response = await axios
      .get<Readable>(url, {
        responseType: 'stream',
        maxRedirects: 5,
        headers: { 'User-Agent': USER_AGENT },
        validateStatus: () => true,
        signal: both,
      })
      .catch((error: Error) => Promise.reject(new RetryableError(`${url}: ${error.message}`, { cause: error })));
    if (response.status !== 200) {
      response.data.destroy();
      throw httpError(url, response.status);
    }
    let bytes = 0;
    const hash = createHash('sha256');
    const out = createWriteStream(file, { mode: 0o700 });
    await pipeline(
      response.data,
      async function* (source: AsyncIterable<Buffer>) {
        for await (const chunk of source) {
          bytes += chunk.length;
          if (bytes > MAX_BINARY_BYTES) throw new PermanentError(`${url} sent more than ${MAX_BINARY_BYTES} bytes`);
          hash.update(chunk);
          yield chunk;
        }
      },
      out,
      { signal: both },
    );
    // Running a file that is still open for writing fails with ETXTBSY.
    if (!out.closed) await once(out, 'close');
    if (bytes === 0) throw new PermanentError(`${url} sent an empty file`);
    return { bytes, sha256: hash.digest('hex') };
  }
}

function httpError(url: string, status: number): Error {
  const message = `${url}: HTTP ${status}`;
  return status === 429 || status >= 500 ? new RetryableError(message) : new PermanentError(message);
}
