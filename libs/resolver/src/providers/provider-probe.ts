import { PermanentError } from '@app/core';
import type { ProviderTestResult } from './provider.types.js';

/** What a probe request proved: the answer had the expected shape, or what it lacked. */
export type ProbeOutcome = { ok: true; detail?: string } | { ok: false; expected: string };

/**
 * A provider's test() for the settings page: one real request (never from the cache), timed, and turned
 * into a sentence naming the provider, its URL and what happened.
 */
export async function probe(
  name: string,
  baseUrl: string,
  check: () => Promise<ProbeOutcome>,
): Promise<ProviderTestResult> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  const where = `${name} at ${baseUrl}`;
  try {
    const outcome = await check();
    const latencyMs = elapsed();
    if (!outcome.ok) return { ok: false, latencyMs, message: `${where} answered, but not with ${outcome.expected}` };
    const detail = outcome.detail ? ` (${outcome.detail})` : '';
    return { ok: true, latencyMs, message: `${where} answered in ${latencyMs} ms${detail}` };
  } catch (error) {
    return { ok: false, latencyMs: elapsed(), message: `${where} failed: ${failureReason(error)}` };
  }
}

/** The service said the thing does not exist (HTTP 404): for lookups that is an answer, not a failure. */
export function isNotFound(error: unknown): boolean {
  return error instanceof PermanentError && error.details?.['status'] === 404;
}

/** An error's message without the URL prefix the HTTP client puts on it (the probe names the URL itself). */
export function failureReason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/^https?:\/\/\S+: /, '');
}
