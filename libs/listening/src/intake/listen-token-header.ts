import { unauthorized } from './listenbrainz-error.js';

/**
 * The token of `Authorization: Token <t>`, the scheme in any case (Navidrome sends `Token`, the Jellyfin plugin
 * `token`); the messages are ListenBrainz's.
 */
export function listenTokenOf(header: string | undefined): string {
  if (!header) throw unauthorized('You need to provide an Authorization header.');
  const match = /^token\s+(\S+)\s*$/i.exec(header.trim());
  if (!match?.[1]) throw unauthorized('Provided Authorization header is invalid.');
  return match[1];
}
