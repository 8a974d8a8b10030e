import { PermanentError, RetryableError } from '@app/core';
import axios, { type AxiosInstance, type AxiosResponse } from 'axios';
import type { Clock } from './clock.js';
import { type HttpOutcome, outcomeOfStatus, reportHttpRequest } from './http-observer.js';

export interface HttpClientOptions {
  /** Every request path is resolved against it; tests point it at a loopback fake. */
  baseUrl: string;
  timeoutMs: number;
  userAgent: string;
  /** Minimum gap between two requests of this client (a provider's rate limit). */
  minIntervalMs?: number;
  /** Extra tries after a 429, a 5xx, a timeout or a network error. */
  maxRetries?: number;
  retryBaseMs?: number;
  /** Longest wait a Retry-After header may impose before the error is handed to the job's backoff instead. */
  maxRetryAfterMs?: number;
  headers?: Record<string, string>;
  /** Largest answer read; a bigger one fails for good instead of filling memory. */
  maxResponseBytes?: number;
  /** Redirects followed (default 3); 0 hands a 3xx back with its `location` (a redirect to a `magnet:` link). */
  maxRedirects?: number;
}

/** Provider answers are JSON of a few MB at most (a MusicBrainz page, an InnerTube search). */
export const DEFAULT_MAX_RESPONSE_BYTES = 16 * 1024 * 1024;
/** Deliveries (notifications, rescans) ignore the answer: a little of it is read, for the status. */
const SEND_MAX_RESPONSE_BYTES = 64 * 1024;

export interface HttpRequest {
  method?: 'GET' | 'POST';
  path: string;
  params?: Record<string, string | number | boolean | undefined>;
  body?: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

export interface HttpResult<T> {
  status: number;
  data: T;
  url: string;
  /** Where a 3xx answer points, when redirects are not followed. */
  location?: string;
}

type Transport = { responseType?: 'arraybuffer'; maxContentLength?: number; errorBodies?: boolean };
type Outcome<T> = { result: HttpResult<T> } | { error: Error; waitMs?: number };
type Decoder<T> = (response: AxiosResponse, url: string) => Outcome<T>;

function parseJson<T>(response: AxiosResponse<string>, url: string): Outcome<T> {
  try {
    const data = (response.data === '' ? null : JSON.parse(response.data)) as T;
    return { result: { status: response.status, data, url } };
  } catch (error) {
    return { error: new RetryableError(`${url}: the answer is not valid JSON`, { cause: error }) };
  }
}

/** A wait a cancel ends early; its listener goes when the wait ends, as one signal may span a long import. */
const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });

/**
 * JSON (and the odd picture) over HTTP for providers: base URL, timeout, a rate limit, retries on 429/5xx/timeouts that honour
 * Retry-After, and errors that say whether another try may help (RetryableError) or not (PermanentError).
 */
export class HttpClient {
  private readonly http: AxiosInstance;
  private nextSlot = 0;

  constructor(
    private readonly options: HttpClientOptions,
    private readonly clock: Clock = { now: () => Date.now() },
  ) {
    this.http = axios.create({
      baseURL: options.baseUrl.replace(/\/?$/, '/'),
      timeout: options.timeoutMs,
      responseType: 'text',
      transformResponse: (raw: unknown) => raw,
      validateStatus: () => true,
      maxRedirects: options.maxRedirects ?? 3,
      maxContentLength: options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES,
      headers: { 'User-Agent': options.userAgent, Accept: 'application/json', ...options.headers },
    });
  }

  private get maxBytes(): number {
    return this.options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
  }

  get baseUrl(): string {
    return this.options.baseUrl;
  }

  async getJson<T>(path: string, params?: HttpRequest['params'], signal?: AbortSignal): Promise<HttpResult<T>> {
    return this.request<T>({ path, params, signal });
  }

  /** With `errorBodies`, 4xx answers come back decoded too: APIs such as Last.fm explain a refusal in the body. */
  async request<T>(
    request: HttpRequest,
    { errorBodies = false }: { errorBodies?: boolean } = {},
  ): Promise<HttpResult<T>> {
    return this.withRetries(request, (response, url) => parseJson<T>(response, url), { errorBodies });
  }

  /**
   * The body as text (an XML feed), with the same rate limit, retries and errors. With `errorBodies`, 4xx answers
   * come back too: feeds such as Torznab explain a 401 or a 429 in an error document the caller reads.
   */
  async getText(
    path: string,
    params?: HttpRequest['params'],
    { signal, errorBodies = false }: { signal?: AbortSignal; errorBodies?: boolean } = {},
  ): Promise<HttpResult<string>> {
    return this.withRetries(
      { path, params, signal, headers: { Accept: '*/*' } },
      (response, url) => ({
        result: { status: response.status, data: String(response.data), url, location: locationOf(response) },
      }),
      { errorBodies },
    );
  }

  /** A call whose answer body does not matter (a notification, a rescan): resolves to the answer's status. */
  async send(request: HttpRequest): Promise<number> {
    const result = await this.withRetries(
      request,
      (response, url) => ({ result: { status: response.status, data: null, url } }),
      { maxContentLength: Math.min(SEND_MAX_RESPONSE_BYTES, this.options.maxResponseBytes ?? Infinity) },
    );
    return result.status;
  }

  /** The body as bytes (a picture), with the same rate limit, retries and errors; at most `maxBytes` of it. */
  async getBytes(path: string, maxBytes: number, signal?: AbortSignal): Promise<HttpResult<Buffer>> {
    const request = { path, signal, headers: { Accept: '*/*' } };
    return this.withRetries(
      request,
      (response, url) => ({
        result: { status: response.status, data: Buffer.from(response.data), url, location: locationOf(response) },
      }),
      {
        responseType: 'arraybuffer',
        maxContentLength: maxBytes,
      },
    );
  }

  private async withRetries<T>(
    request: HttpRequest,
    decode: Decoder<T>,
    transport: Transport = {},
  ): Promise<HttpResult<T>> {
    const retries = this.options.maxRetries ?? 2;
    for (let attempt = 0; ; attempt++) {
      await this.waitForSlot(request.signal);
      const outcome = await this.once(request, decode, transport);
      if ('result' in outcome) return outcome.result;
      if (attempt >= retries || outcome.waitMs === undefined) throw outcome.error;
      await sleep(outcome.waitMs, request.signal);
    }
  }

  private async once<T>(request: HttpRequest, decode: Decoder<T>, transport: Transport): Promise<Outcome<T>> {
    const url = this.describe(request);
    const startedAt = performance.now();
    const report = (outcome: HttpOutcome, status?: number) =>
      reportHttpRequest({
        baseUrl: this.options.baseUrl,
        method: request.method ?? 'GET',
        outcome,
        status,
        durationMs: performance.now() - startedAt,
      });
    let response: AxiosResponse;
    try {
      response = await this.http.request({
        method: request.method ?? 'GET',
        url: request.path.replace(/^\//, ''),
        params: request.params,
        data: request.body,
        headers: request.headers,
        signal: request.signal,
        ...(transport.responseType && { responseType: transport.responseType }),
        ...(transport.maxContentLength !== undefined && { maxContentLength: transport.maxContentLength }),
      });
    } catch (error) {
      if (request.signal?.aborted) {
        report('aborted');
        return { error: request.signal.reason as Error };
      }
      if (axios.isAxiosError(error) && /maxContentLength/.test(error.message)) {
        report('network_error');
        return {
          error: new PermanentError(
            `${url}: the answer is larger than the ${transport.maxContentLength ?? this.maxBytes} bytes read`,
          ),
        };
      }
      const timedOut = axios.isAxiosError(error) && error.code === 'ECONNABORTED';
      report(timedOut ? 'timeout' : 'network_error');
      const message = timedOut ? 'timed out' : (error as Error).message;
      return { error: new RetryableError(`${url}: ${message}`, { cause: error }), waitMs: this.retryWaitMs };
    }
    report(outcomeOfStatus(response.status), response.status);
    return this.interpret(response, url, decode, transport.errorBodies ?? false);
  }

  private interpret<T>(response: AxiosResponse, url: string, decode: Decoder<T>, errorBodies: boolean): Outcome<T> {
    const { status } = response;
    if (errorBodies && status >= 400 && status < 500 && status !== 408) return decode(response, url);
    if (status === 429 || status >= 500 || status === 408) {
      const retryAfter = parseRetryAfter(response.headers['retry-after'], this.clock.now());
      const error = new RetryableError(`${url}: HTTP ${status}`, { details: { status, retryAfterMs: retryAfter } });
      const max = this.options.maxRetryAfterMs ?? 30_000;
      if (retryAfter !== undefined && retryAfter > max) return { error };
      return { error, waitMs: retryAfter ?? this.retryWaitMs };
    }
    if (status >= 400) return { error: new PermanentError(`${url}: HTTP ${status}`, { details: { status } }) };
    return decode(response, url);
  }

  private get retryWaitMs(): number {
    return this.options.retryBaseMs ?? 500;
  }

  /** Spaces requests by `minIntervalMs`, in the order they were made. */
  private async waitForSlot(signal?: AbortSignal): Promise<void> {
    const interval = this.options.minIntervalMs ?? 0;
    if (interval <= 0) return;
    const now = this.clock.now();
    const slot = Math.max(now, this.nextSlot);
    this.nextSlot = slot + interval;
    if (slot > now) await sleep(slot - now, signal);
  }

  private describe(request: HttpRequest): string {
    return `${this.options.baseUrl.replace(/\/$/, '')}/${request.path.replace(/^\//, '')}`;
  }
}

function locationOf(response: AxiosResponse): string | undefined {
  const location: unknown = response.headers['location'];
  return response.status >= 300 && response.status < 400 && typeof location === 'string' ? location : undefined;
}

/** Retry-After as seconds or an HTTP date, in milliseconds from now. */
export function parseRetryAfter(value: unknown, now: number): number | undefined {
  if (typeof value !== 'string' || !value.trim()) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}
