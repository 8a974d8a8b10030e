/** A run stopped because its AbortSignal fired; `cause` keeps the signal's reason. */
export class AbortError extends Error {
  constructor(message: string, reason: unknown) {
    super(message, { cause: reason });
    this.name = 'AbortError';
  }
}

/** True for any abort, ours or the platform's (`fetch`, timers, DOMException). */
export function isAbortError(error: unknown): boolean {
  return error instanceof Error && error.name === 'AbortError';
}
