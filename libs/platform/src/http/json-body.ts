import { isUtf8 } from 'node:buffer';
import type { IncomingMessage } from 'node:http';

export const MAX_BODY_BYTES = 1024 * 1024;

const CHARSET = /;\s*charset\s*=\s*"?([^";\s]*)/i;

/** Options of the JSON body parser: 1 MB at most, UTF-8 only (RFC 8259), any JSON value (the pipe checks the shape). */
export const JSON_BODY_OPTIONS = {
  limit: MAX_BODY_BYTES,
  strict: false,
  verify: (request: IncomingMessage, _response: unknown, body: Buffer): void => {
    const charset = CHARSET.exec(request.headers['content-type'] ?? '')?.[1]?.toLowerCase() ?? 'utf-8';
    if (charset !== 'utf-8' && charset !== 'utf8') {
      throw httpError(415, `body must be encoded as UTF-8, not ${charset.slice(0, 40)}`);
    }
    // Without this, invalid bytes would silently become U+FFFD inside the query.
    if (!isUtf8(body)) throw httpError(400, 'body is not valid UTF-8');
  },
};

/** The shape body-parser keeps the status of (see http-errors). */
function httpError(status: number, message: string): Error {
  return Object.assign(new Error(message), { status, expose: true });
}
