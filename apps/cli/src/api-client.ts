import type { ApiErrorBody } from '@app/contracts';
import { CliError } from './cli-error.js';
import type { Connection } from './connection.js';

/** The API answered with an error status; the message is the API's own. */
export class ApiError extends CliError {
  constructor(
    readonly status: number,
    message: string,
    readonly details: string[] = [],
  ) {
    super(details.length ? `${message}\n${details.map((d) => `  - ${d}`).join('\n')}` : message);
    this.name = 'ApiError';
  }
}

export type Fetch = typeof fetch;

/** JSON over HTTP to `/api/v1`, with the API key; every failure becomes a CliError with a readable message. */
export class ApiClient {
  constructor(
    private readonly connection: Connection,
    private readonly fetchImpl: Fetch = fetch,
  ) {}

  get baseUrl(): string {
    return this.connection.url;
  }

  get<T>(path: string, query: Record<string, string | string[] | number | undefined> = {}): Promise<T> {
    return this.request<T>('GET', withQuery(path, query));
  }

  post<T>(path: string, body: unknown = {}): Promise<T> {
    return this.request<T>('POST', path, body);
  }

  /** The raw response of a GET, for streams; error statuses are turned into ApiErrors like any request. */
  async open(path: string, signal?: AbortSignal): Promise<Response> {
    const response = await this.send('GET', path, undefined, signal, 'text/event-stream');
    if (!response.ok) throw await toApiError(response);
    return response;
  }

  private async request<T>(method: string, path: string, body?: unknown): Promise<T> {
    const response = await this.send(method, path, body);
    if (!response.ok) throw await toApiError(response);
    const text = await response.text();
    return (text ? JSON.parse(text) : undefined) as T;
  }

  private async send(
    method: string,
    path: string,
    body?: unknown,
    signal?: AbortSignal,
    accept = 'application/json',
  ): Promise<Response> {
    const headers: Record<string, string> = { accept };
    if (this.connection.apiKey) headers['x-api-key'] = this.connection.apiKey;
    if (body !== undefined) headers['content-type'] = 'application/json';
    const url = `${this.connection.url}${path}`;
    try {
      return await this.fetchImpl(url, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        signal,
      });
    } catch (error) {
      if (signal?.aborted) throw error;
      const cause = (error as Error & { cause?: { code?: string; message?: string } }).cause;
      throw new CliError(
        `cannot reach TrueTrack at ${this.connection.url} (${cause?.code ?? cause?.message ?? (error as Error).message}); ` +
          `set it with --url or TRUETRACK_URL`,
      );
    }
  }
}

function withQuery(path: string, query: Record<string, string | string[] | number | undefined>): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value === undefined) continue;
    for (const one of Array.isArray(value) ? value : [value]) params.append(name, String(one));
  }
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

async function toApiError(response: Response): Promise<ApiError> {
  const text = await response.text().catch(() => '');
  let body: Partial<ApiErrorBody> | undefined;
  try {
    body = JSON.parse(text) as Partial<ApiErrorBody>;
  } catch {
    body = undefined;
  }
  const message = typeof body?.message === 'string' ? body.message : text.trim() || response.statusText;
  // The API's message already joins its field errors; list them only when it has none.
  const details = body?.message ? [] : (body?.errors ?? []).map((e) => `${e.field}: ${e.message}`);
  if (response.status === 401 || response.status === 403) {
    return new ApiError(
      response.status,
      `${message} (HTTP ${response.status}): give the API key with --api-key or TRUETRACK_API_KEY`,
      details,
    );
  }
  return new ApiError(response.status, `${message} (HTTP ${response.status})`, details);
}
