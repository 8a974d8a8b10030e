import { createHash } from 'node:crypto';

/** Parameters Last.fm leaves out of the signature. */
const UNSIGNED = new Set(['format', 'callback']);

/**
 * Last.fm's `api_sig`: the MD5 of every parameter as `name` + `value`, ordered by name, then the shared secret,
 * in UTF-8 (https://www.last.fm/api/authspec §8).
 */
export function lastfmSignature(params: Record<string, string>, sharedSecret: string): string {
  const signed = Object.keys(params)
    .filter((name) => !UNSIGNED.has(name))
    .sort()
    .map((name) => name + params[name])
    .join('');
  return createHash('md5')
    .update(signed + sharedSecret, 'utf8')
    .digest('hex');
}
