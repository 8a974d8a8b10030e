import { RetryableError } from '@app/core';
import type { HttpClient } from '@app/platform';
import { LastfmApiError } from './lastfm-error.js';
import { lastfmSignature } from './lastfm-signature.js';

export type LastfmAnswer = Record<string, unknown>;

export interface LastfmCredentials {
  apiKey: string;
  sharedSecret: string;
}

const isObject = (value: unknown): value is LastfmAnswer =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Signed calls to the Last.fm API: a form POST with `api_key`, the session key when given, `api_sig` and
 * `format=json`. Resolves to the answer; a refusal throws LastfmApiError with Last.fm's code, whatever the HTTP
 * status, while a 5xx, a timeout or a network error throws RetryableError.
 */
export class LastfmApi {
  constructor(
    private readonly http: HttpClient,
    private readonly credentials: LastfmCredentials,
  ) {}

  get apiKey(): string {
    return this.credentials.apiKey;
  }

  async call(method: string, params: Record<string, string>, sessionKey?: string): Promise<LastfmAnswer> {
    const signed: Record<string, string> = {
      ...params,
      method,
      api_key: this.credentials.apiKey,
      ...(sessionKey ? { sk: sessionKey } : {}),
    };
    const form = new URLSearchParams({
      ...signed,
      api_sig: lastfmSignature(signed, this.credentials.sharedSecret),
      format: 'json',
    });
    const answer = await this.http.request<unknown>(
      {
        method: 'POST',
        path: '',
        body: form.toString(),
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      },
      { errorBodies: true },
    );
    return readAnswer(answer.status, answer.data);
  }
}

export function readAnswer(status: number, data: unknown): LastfmAnswer {
  if (isObject(data) && data['error'] !== undefined) {
    const code = Number(data['error']);
    const message = typeof data['message'] === 'string' ? data['message'] : '';
    if (Number.isInteger(code)) throw new LastfmApiError(code, message);
  }
  if (status >= 400 || !isObject(data)) throw new RetryableError(`Last.fm answered ${status} without an answer`);
  return data;
}
