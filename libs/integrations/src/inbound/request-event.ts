import { ValidationError } from '@app/core';
import { isJsonObject, PayloadFields } from './payload-fields.js';

const MAX_QUERY_LENGTH = 2000;

/** The job query a generic request webhook asks for: `query`, else `url`, else "artist - title". */
export function requestQuery(body: unknown): string {
  if (!isJsonObject(body)) throw new ValidationError('body', 'body must be a JSON object');
  const fields = new PayloadFields(body);
  for (const key of ['query', 'url', 'artist', 'title']) {
    const value = fields.raw(key);
    if (value !== undefined && typeof value !== 'string') throw new ValidationError(key, `${key} must be a string`);
  }
  const artist = fields.text('artist');
  const title = fields.text('title');
  if (artist && !title) throw new ValidationError('title', 'title must be given with artist');
  const query = fields.text('query') ?? fields.text('url') ?? (artist && title ? `${artist} - ${title}` : title);
  if (!query) throw new ValidationError('query', 'query, url, or artist and title must be given');
  if (query.length > MAX_QUERY_LENGTH) {
    throw new ValidationError('query', `query must be at most ${MAX_QUERY_LENGTH} characters`);
  }
  return query;
}
