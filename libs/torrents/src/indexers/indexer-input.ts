import { ValidationError } from '@app/core';

export interface IndexerInput {
  name: string;
  url: string;
  apiKey: string;
  categories: number[];
  priority: number;
  enabled: boolean;
}

const MASK = '********';
export const DEFAULT_CATEGORIES = [3000];
export const DEFAULT_PRIORITY = 25;

/** The API key as the API shows it: its last four characters when it is long enough to keep them hidden. */
export function maskApiKey(key: string): string {
  return key.length >= 12 ? `${MASK}${key.slice(-4)}` : MASK;
}

function text(body: Record<string, unknown>, field: string, max: number): string {
  const value = body[field];
  if (typeof value !== 'string' || !value.trim()) throw new ValidationError(field, `${field} is required`);
  if (value.trim().length > max) throw new ValidationError(field, `${field} is longer than ${max} characters`);
  return value.trim();
}

function url(body: Record<string, unknown>): string {
  const value = text(body, 'url', 2000);
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    throw new ValidationError(
      'url',
      'url must be the Torznab feed URL, e.g. http://jackett:9117/api/v2.0/indexers/all/results/torznab/',
    );
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
    throw new ValidationError('url', 'url must be http(s)');
  if (parsed.username || parsed.password)
    throw new ValidationError('url', 'url must not carry a user name or password');
  return value;
}

function categories(value: unknown): number[] {
  if (value === undefined || value === null) return DEFAULT_CATEGORIES;
  if (!Array.isArray(value) || value.length > 50)
    throw new ValidationError('categories', 'categories must be a list of at most 50 Torznab category ids');
  for (const id of value)
    if (!Number.isInteger(id) || id < 1 || id > 999_999)
      throw new ValidationError('categories', 'categories must be whole numbers between 1 and 999999');
  return [...new Set(value as number[])];
}

function priority(value: unknown): number {
  if (value === undefined || value === null) return DEFAULT_PRIORITY;
  if (!Number.isInteger(value) || (value as number) < 1 || (value as number) > 50)
    throw new ValidationError('priority', 'priority must be a whole number from 1 (first) to 50');
  return value as number;
}

/**
 * An indexer's settings from a request body. A masked key sent back (as GET showed it) keeps the stored one,
 * but only while the URL stays as stored: a changed URL would otherwise carry the key to a host nobody typed it for.
 */
export function readIndexerInput(raw: unknown, stored?: { url: string; apiKey: string }): IndexerInput {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw))
    throw new ValidationError('body', 'The body must be a JSON object');
  const body = raw as Record<string, unknown>;
  const known = new Set(['name', 'url', 'apiKey', 'categories', 'priority', 'enabled']);
  const unknown = Object.keys(body).find((key) => !known.has(key));
  if (unknown)
    throw new ValidationError(unknown, `${unknown} is not a setting of an indexer (${[...known].join(', ')})`);
  const input = { name: text(body, 'name', 100), url: url(body) };
  let apiKey = text(body, 'apiKey', 200);
  if (apiKey.startsWith(MASK)) {
    if (!stored) throw new ValidationError('apiKey', 'apiKey is required');
    if (stored.url !== input.url)
      throw new ValidationError(
        'apiKey',
        'apiKey must be typed again: url changed, and the stored key only goes to the URL it was saved with',
      );
    apiKey = stored.apiKey;
  }
  if (body['enabled'] !== undefined && typeof body['enabled'] !== 'boolean')
    throw new ValidationError('enabled', 'enabled must be true or false');
  return {
    ...input,
    apiKey,
    categories: categories(body['categories']),
    priority: priority(body['priority']),
    enabled: body['enabled'] !== false,
  };
}
