import type { IncomingMessage } from 'node:http';
import { MAX_BODY_BYTES } from '@app/platform';

export const BODY_TOO_LARGE = `body must not be larger than ${MAX_BODY_BYTES / 1024 / 1024} MB`;
export const BODY_NOT_JSON = 'body is not valid JSON';

export type BodyReading = { ok: true; body: unknown } | { ok: false; status: 400 | 413; message: string };

/**
 * The JSON body of a webhook. The application's parser only takes `application/json`; the Jellyfin plugin
 * posts `text/plain` unless told otherwise, so any other type is read here as JSON text, with the same limit.
 */
export async function readWebhookBody(request: IncomingMessage & { body?: unknown }): Promise<BodyReading> {
  if (request.body !== undefined) return { ok: true, body: request.body };
  const bytes = await readAtMost(request, MAX_BODY_BYTES);
  if (!bytes) {
    return { ok: false, status: 413, message: BODY_TOO_LARGE };
  }
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
  try {
    return { ok: true, body: JSON.parse(text) };
  } catch {
    return { ok: false, status: 400, message: BODY_NOT_JSON };
  }
}

/** The whole body, or undefined once it passes `limit` (the rest is drained so that the answer can go out). */
function readAtMost(request: IncomingMessage, limit: number): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) return void chunks.push(chunk);
      request.off('data', onData);
      request.off('end', onEnd);
      request.resume();
      resolve(undefined);
    };
    const onEnd = () => resolve(Buffer.concat(chunks));
    request.on('data', onData);
    request.once('end', onEnd);
    request.once('error', reject);
  });
}
