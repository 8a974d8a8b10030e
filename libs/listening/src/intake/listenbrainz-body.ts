import type { IncomingMessage, ServerResponse } from 'node:http';
import { MAX_LISTEN_PAYLOAD_SIZE } from './listenbrainz-limits.js';

type Next = (error?: unknown) => void;

/**
 * Reads a ListenBrainz submission's bytes as they came, whatever its content type and above the API's 1 MB body
 * limit: ListenBrainz measures the raw body (10,240 bytes a listen, 10,240,000 in all). At most one byte more
 * than that is kept, enough to refuse the request; the rest is read and dropped. Mounted before the JSON
 * parser, which then leaves the request alone.
 */
export function readListenBrainzBody(request: IncomingMessage & { body?: unknown }, _: ServerResponse, next: Next) {
  if (request.method !== 'POST') return next();
  const chunks: Buffer[] = [];
  let kept = 0;
  request.on('data', (chunk: Buffer) => {
    if (kept > MAX_LISTEN_PAYLOAD_SIZE) return;
    const room = MAX_LISTEN_PAYLOAD_SIZE + 1 - kept;
    const part = chunk.length > room ? chunk.subarray(0, room) : chunk;
    chunks.push(part);
    kept += part.length;
  });
  request.once('end', () => {
    request.body = Buffer.concat(chunks);
    next();
  });
  request.once('error', next);
}

/** The bytes `readListenBrainzBody` kept. */
export function rawBodyOf(request: { body?: unknown }): Buffer {
  return Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
}
