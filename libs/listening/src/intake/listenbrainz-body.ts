import type { IncomingMessage, ServerResponse } from 'node:http';
import { MAX_LISTEN_PAYLOAD_SIZE } from './listenbrainz-limits.js';

type Next = (error?: unknown) => void;
type Middleware = (request: IncomingMessage & { body?: unknown }, response: ServerResponse, next: Next) => void;

/**
 * Reads a POST body's bytes as they came, whatever its content type and above the API's 1 MB JSON limit, when
 * `applies` says so. At most one byte more than `limit` is kept, enough to refuse the request; the rest is read and
 * dropped. Mounted before the JSON parser, which then leaves the request alone.
 */
function rawBodyReader(limit: number, applies: (url: string) => boolean): Middleware {
  return (request, _, next) => {
    if (request.method !== 'POST' || !applies(request.url ?? '')) return next();
    const chunks: Buffer[] = [];
    let kept = 0;
    request.on('data', (chunk: Buffer) => {
      if (kept > limit) return;
      const room = limit + 1 - kept;
      const part = chunk.length > room ? chunk.subarray(0, room) : chunk;
      chunks.push(part);
      kept += part.length;
    });
    request.once('end', () => {
      request.body = Buffer.concat(chunks);
      next();
    });
    request.once('error', next);
  };
}

/** ListenBrainz measures the raw body: 10,240 bytes a listen, 10,240,000 in all. */
export const readListenBrainzBody = rawBodyReader(MAX_LISTEN_PAYLOAD_SIZE, () => true);

/** Largest listening history file taken: a Spotify yearly file is about 12 MB. */
export const MAX_LISTENING_FILE_BYTES = 64 * 1024 * 1024;

/** Mounted on /api/v1/listeners: `POST /:id/import-file` takes a history file of up to 64 MB. */
export const readListeningFileBody = rawBodyReader(MAX_LISTENING_FILE_BYTES, (url) =>
  /^\/[^/?]+\/import-file(\?|$)/.test(url),
);

/** The bytes a raw body reader kept. */
export function rawBodyOf(request: { body?: unknown }): Buffer {
  return Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
}
