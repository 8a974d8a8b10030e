import { createHash } from 'node:crypto';

/**
 * The key that makes the same play one listen: listener, time and the names as submitted (Unicode-normalised and
 * trimmed, so one client's NFD and another's NFC spelling agree). A SHA-256 of them, because a unique index over
 * the names themselves breaks on Postgres once a name passes the btree row limit (about 2.7 kB).
 */
export function listenIdentity(listenerId: string, listenedAt: number, artistName: string, trackName: string): string {
  const name = (text: string) => text.normalize('NFC').trim();
  return createHash('sha256')
    .update([listenerId, String(listenedAt), name(artistName), name(trackName)].join('\u0000'))
    .digest('hex');
}
