import { HttpErrorResponse } from '@angular/common/http';
import type { ApiErrorBody } from '@app/contracts';

/** An API failure as a person reads it: one sentence plus the server's message for each field it names. */
export interface ApiProblem {
  status: number;
  message: string;
  fields: Record<string, string>;
}

const FALLBACK: Record<number, string> = {
  0: 'TrueTrack cannot be reached. Check that the server is running and the network is up.',
  401: 'Your session has ended. Sign in again.',
  403: 'You are not allowed to do that.',
  404: 'Not found. It may have been removed, or this version of TrueTrack does not have it.',
  409: 'That changed in the meantime. Look again and retry.',
  413: 'That is too large for the server.',
};

/** Turns anything thrown by an API call into a human message; never loses the server's own words. */
export function toProblem(err: unknown): ApiProblem {
  if (!(err instanceof HttpErrorResponse)) {
    return { status: -1, message: err instanceof Error ? err.message : String(err), fields: {} };
  }
  const body = readBody(err.error);
  const fields: Record<string, string> = {};
  for (const e of body?.errors ?? []) fields[e.field] = fields[e.field] ? `${fields[e.field]} ${e.message}` : e.message;
  return { status: err.status, message: messageOf(err, body), fields };
}

function messageOf(err: HttpErrorResponse, body: Partial<ApiErrorBody> | undefined): string {
  if (err.status === 429) {
    const wait = err.headers?.get('Retry-After');
    return `Too many attempts. Try again${wait ? ` in ${wait} seconds` : ' later'}.`;
  }
  if (body?.message) return body.message;
  return FALLBACK[err.status] ?? `The server answered ${err.status} ${err.statusText || ''}`.trim() + '.';
}

function readBody(raw: unknown): Partial<ApiErrorBody> | undefined {
  let body = raw;
  if (typeof raw === 'string') {
    try {
      body = JSON.parse(raw) as unknown;
    } catch {
      return raw.trim() ? { message: raw.trim().slice(0, 300) } : undefined;
    }
  }
  if (!body || typeof body !== 'object') return undefined;
  const b = body as Record<string, unknown>;
  const message = Array.isArray(b['message']) ? b['message'].join(' ') : b['message'];
  return {
    message: typeof message === 'string' ? message : undefined,
    errors: Array.isArray(b['errors']) ? (b['errors'] as ApiErrorBody['errors']) : undefined,
  };
}

/** True when the route is missing from this server: a panel for it says so instead of failing. */
export const isNotAvailable = (problem: ApiProblem): boolean => problem.status === 404 || problem.status === 405;
