import { findGroups, removeGroups } from './brackets.js';
import { classifyPhrase, type PhraseClass } from './classify-phrase.js';

export interface DecorationSuffix {
  head: string;
  /** The suffix without its bracket groups, e.g. "Radio Edit" of "Josephine - Radio Edit (Acoustique)". */
  plain: string;
  /** The suffix's bracket groups, as written. */
  groups: string;
}

// Version notes are short; bounding the suffix keeps a long input with many dashes linear.
const MAX_SUFFIX = 80;

/**
 * The longest " - suffix" that classifies as decoration and satisfies `accept`. "Track Title - 2011 -
 * Remaster" yields "2011 - Remaster", so the year stays with the remaster.
 */
export function findDecorationSuffix(s: string, accept: (c: PhraseClass) => boolean): DecorationSuffix | undefined {
  for (const at of dashPositions(s)) {
    const head = s.slice(0, at).trim();
    const rest = s.slice(at + 3);
    const groups = findGroups(rest);
    const plain = removeGroups(rest, groups);
    const found = plain ? classifyPhrase(plain, 'suffix') : undefined;
    if (head && found && accept(found)) {
      return { head, plain, groups: groups.map((g) => rest.slice(g.start, g.end)).join(' ') };
    }
  }
  return undefined;
}

function dashPositions(s: string): number[] {
  const positions: number[] = [];
  for (let at = s.indexOf(' - '); at >= 0; at = s.indexOf(' - ', at + 1)) {
    if (s.length - at - 3 <= MAX_SUFFIX) positions.push(at);
  }
  return positions;
}
