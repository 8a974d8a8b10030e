import { createHash } from 'node:crypto';
import { extractFeatured, normalizeForMatch } from '@app/core';

/** A name as mapping compares it: normalised for matching, spaces removed ("Na' kel" = "Na’kel"). */
export function compactName(name: string): string {
  return normalizeForMatch(name).replace(/ /g, '');
}

/** A title without its featured artists, which credits carry instead. */
export function bareTitle(title: string): string {
  return extractFeatured(title).text;
}

/**
 * The same song however it was spelled: the hash of the normalised artist and featured-free title. A hash keeps
 * the key short whatever was submitted, so it can be a primary key on Postgres as well as SQLite.
 */
export function songKey(artist: string, title: string): string {
  const main = extractFeatured(artist).text;
  const text = `${normalizeForMatch(main)}\u0000${normalizeForMatch(bareTitle(title))}`;
  return createHash('sha256').update(text).digest('hex');
}
