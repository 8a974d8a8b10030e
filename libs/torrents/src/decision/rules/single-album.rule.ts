import type { DecisionContext, ReleaseCandidate } from '../candidate.js';
import { type DecisionRule, type Verdict, accept, reject } from './decision-rule.js';

const words = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/** Whether every word of `phrase` appears, in order, among the title's words. */
function mentions(title: string[], phrase: string): boolean {
  let at = 0;
  for (const word of words(phrase)) {
    const found = title.indexOf(word, at);
    if (found < 0) return false;
    at = found + 1;
  }
  return true;
}

export class SingleAlbumRule implements DecisionRule {
  readonly description = 'The release is this album of this artist, not another album or a whole discography';

  judge({ release, parsed }: ReleaseCandidate, { album }: DecisionContext): Verdict {
    const title = words(release.title);
    if (parsed.discography) return reject('Full artist pack');
    // "The Beatles" is often "Beatles" in titles; the leading article is optional.
    if (!mentions(title, album.artist) && !mentions(title, album.artist.replace(/^the\s+/i, '')))
      return reject('Wrong artist');
    if (!mentions(title, album.title)) return reject('Wrong album');
    return accept();
  }
}
