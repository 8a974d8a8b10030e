import { normalizeForMatch, parseTitle, type RecordingCandidate, type ScoreTarget } from '@app/core';

export interface Correction {
  target: ScoreTarget;
  /** For the person asked: "read 'knaye' as 'kanye' (one letter off)". */
  sentence: string;
}

// A shorter word is one letter away from too many others for a difference to be a typo.
const MIN_TYPO_LENGTH = 4;

/**
 * The request read with the candidate's spelling when exactly one of its words is one letter off from the
 * candidate's (a letter dropped, doubled, swapped or replaced) and every other word agrees. Undefined otherwise:
 * two changed words, or one changed beyond a letter, are another song rather than a typo.
 */
export function correctOneWord(target: ScoreTarget, candidate: RecordingCandidate): Correction | undefined {
  const offeredTitle = parseTitle(candidate.title).title || candidate.title;
  const title = compareWords(target.title, offeredTitle);
  const artist =
    target.artists.length > 0 ? compareWords(target.artists.join(' '), candidate.artists.join(' ')) : undefined;
  if (!title || (target.artists.length > 0 && !artist)) return undefined;
  const typos = [title, ...(artist ? [artist] : [])].filter((c) => c.typo);
  if (typos.length !== 1) return undefined;
  const typo = typos[0]!.typo!;
  return {
    target: {
      ...target,
      title: title.typo ? offeredTitle : target.title,
      artists: artist?.typo ? [...candidate.artists] : target.artists,
    },
    sentence: `read '${typo.wanted}' as '${typo.offered}' (one letter off)`,
  };
}

interface WordComparison {
  typo?: { wanted: string; offered: string };
}

/** Same words except at most one that is one letter off; undefined when they differ more. */
function compareWords(wanted: string, offered: string): WordComparison | undefined {
  const a = normalizeForMatch(wanted).split(' ');
  const b = normalizeForMatch(offered).split(' ');
  if (a.length !== b.length) return undefined;
  let typo: WordComparison['typo'];
  for (let i = 0; i < a.length; i++) {
    const w = a[i]!;
    const o = b[i]!;
    if (w === o) continue;
    if (typo || Math.min(w.length, o.length) < MIN_TYPO_LENGTH - 1 || !oneEditApart(w, o)) return undefined;
    typo = { wanted: w, offered: o };
  }
  return typo ? { typo } : {};
}

/** One letter inserted, dropped or replaced, or two neighbours swapped. */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    const swapped = a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
    return swapped || a.slice(i + 1) === b.slice(i + 1);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}
