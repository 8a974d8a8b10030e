/** An `{error, message}` answer of the Last.fm API (with HTTP 200 or 4xx alike). */
export class LastfmApiError extends Error {
  constructor(
    readonly code: number,
    readonly apiMessage: string,
  ) {
    super(`Last.fm error ${code}: ${apiMessage}`);
    this.name = 'LastfmApiError';
  }
}

/** What to do with a relay batch Last.fm did not take. */
export type LastfmFailureKind =
  /** Try again later: Last.fm or the network is down, or a setting the admin can fix is wrong. */
  | 'retry'
  /** The listener's session is gone (revoked, expired): stop relaying until they connect again. */
  | 'session'
  /** Last.fm will never take these listens: drop them, saying why. */
  | 'drop';

/**
 * Codes from https://www.last.fm/api/errorcodes. 8, 11, 16 and 29 are Last.fm's "try again later"; 10, 13 and 26
 * are the server's API key or secret, which the admin can fix, so the listens wait for it. 9 (and 4, 14, 15 on a
 * session) mean the person's authorisation is gone. Anything else (6 invalid parameters…) will fail again.
 */
const RETRY = new Set([8, 10, 11, 13, 16, 26, 29]);
const SESSION = new Set([4, 9, 14, 15]);

export function lastfmFailureKind(code: number): LastfmFailureKind {
  if (RETRY.has(code)) return 'retry';
  if (SESSION.has(code)) return 'session';
  return 'drop';
}
