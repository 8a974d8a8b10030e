export interface BackoffPolicy {
  baseMs: number;
  maxMs: number;
  /** 0..1: share of the delay that is randomised. */
  jitter: number;
}

/**
 * Exponential backoff with jitter: attempt 1 waits about `baseMs`, each further attempt doubles,
 * capped at `maxMs`. `random` is injectable so tests can pin it.
 */
export function backoffDelay(attempt: number, policy: BackoffPolicy, random: () => number = Math.random): number {
  const exponent = Math.max(0, attempt - 1);
  const raw = Math.min(policy.maxMs, policy.baseMs * 2 ** exponent);
  const spread = raw * policy.jitter;
  return Math.max(0, Math.round(raw - spread + spread * 2 * random()));
}
