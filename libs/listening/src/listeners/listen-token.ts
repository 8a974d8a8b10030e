import { randomUUID } from 'node:crypto';

/** A new listen token, shaped like ListenBrainz's own (a UUID) so that clients checking its form accept it. */
export function newListenToken(): string {
  return randomUUID();
}
