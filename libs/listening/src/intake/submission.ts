import { checkListen } from './listen-checks.js';
import { badRequest } from './listenbrainz-error.js';
import { MAX_LISTEN_PAYLOAD_SIZE, MAX_LISTEN_SIZE, MAX_LISTENS_PER_REQUEST } from './listenbrainz-limits.js';
import type { ListenType, Submission } from './submitted-listen.js';

const LISTEN_TYPES: readonly string[] = ['single', 'import', 'playing_now'];

/**
 * A `POST /1/submit-listens` body read as ListenBrainz reads it (submit_listen, then validate_listen for each
 * listen), refusing with the same messages in the same order: a bad listen anywhere refuses the whole request.
 */
export function readSubmission(raw: Buffer, nowSeconds: number): Submission {
  if (raw.length > MAX_LISTEN_PAYLOAD_SIZE)
    throw badRequest(`Payload too large. Payload cannot exceed ${MAX_LISTEN_PAYLOAD_SIZE} bytes`);
  let data: unknown;
  try {
    data = JSON.parse(raw.toString('utf8'));
  } catch (error) {
    throw badRequest(`Cannot parse JSON document: ${(error as Error).message}`);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    throw badRequest('Invalid JSON document submitted. Top level of JSON document should be a json object.');
  const document = data as Record<string, unknown>;
  if (!('payload' in document)) throw badRequest('Invalid JSON document submitted.');
  const payload = document['payload'];
  if (!Array.isArray(payload)) throw badRequest('The payload in the JSON document should be a list of listens.');
  if (payload.length === 0) throw badRequest('JSON document does not contain any listens');
  if (payload.length > MAX_LISTENS_PER_REQUEST)
    throw badRequest(`Too many listens. You may not submit more than ${MAX_LISTENS_PER_REQUEST} listens at once.`);
  if (raw.length > payload.length * MAX_LISTEN_SIZE)
    throw badRequest(`JSON document is too large. Each listens may not be larger than ${MAX_LISTEN_SIZE} bytes.`);
  if (!('listen_type' in document)) throw badRequest('Invalid JSON document submitted.');
  const listenType = document['listen_type'];
  if (typeof listenType !== 'string' || !LISTEN_TYPES.includes(listenType))
    throw badRequest('JSON document requires a valid listen_type key.');
  if (listenType !== 'import' && payload.length > 1)
    throw badRequest('JSON document contains more than listen for a single/playing_now. It should contain only one.');
  const type = listenType as ListenType;
  return { listenType: type, listens: payload.map((listen) => checkListen(listen, type, nowSeconds)) };
}
