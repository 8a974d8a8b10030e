import { splitArtists } from './featuring.js';
import { normalizeForMatch, wordSimilarity } from './normalize.js';
import type { ArtistTitleSplit, KnownRecording, SplitChoice } from './parsed-request.js';

// 2 * (n - 1) candidates; a longer text is a sentence, not a query to split.
const MAX_WORDS = 12;
// Artist names are mostly one to three words.
const ARTIST_LENGTH_PRIOR = [0, 0.9, 1, 0.85, 0.6, 0.4];
const TITLE_LENGTH_PRIOR = [0, 1, 1, 1, 1, 0.9, 0.8];
// A name rarely starts or ends with these, so a cut next to them is unlikely.
const JOINERS = new Set(['the', 'a', 'an', 'of', 'and', '&', 'in', 'on', 'to', 'for', 'my', 'your', 'x', 'feat', 'ft']);

/**
 * Every way to read a separator-less query as artist + title (the artist at either end), most plausible
 * first: "numb linkin park" gives {linkin park, numb} first. A later step checks them with chooseSplit.
 */
export function candidateSplits(text: string): ArtistTitleSplit[] {
  const words = text.split(/\s+/).filter(Boolean);
  if (words.length < 2 || words.length > MAX_WORDS) return [];
  const scored: { split: ArtistTitleSplit; score: number }[] = [];
  for (let k = 1; k < words.length; k++) {
    const head = words.slice(0, k);
    const tail = words.slice(k);
    scored.push({ split: { artist: tail.join(' '), title: head.join(' ') }, score: plausibility(tail, head, 1) });
    scored.push({ split: { artist: head.join(' '), title: tail.join(' ') }, score: plausibility(head, tail, 0.95) });
  }
  return scored.sort((a, b) => b.score - a.score).map((s) => s.split);
}

function plausibility(artist: string[], title: string[], orientation: number): number {
  const artistPrior = ARTIST_LENGTH_PRIOR[artist.length] ?? 0.3;
  const titlePrior = TITLE_LENGTH_PRIOR[title.length] ?? 0.7;
  const cut = [artist, title].some(isBadCut) ? 0.5 : 1;
  return artistPrior * titlePrior * orientation * cut;
}

// "The Weeknd" may start a name; "the" may not end one.
function isBadCut(part: string[]): boolean {
  const first = (part[0] ?? '').toLowerCase();
  const last = (part[part.length - 1] ?? '').toLowerCase();
  return (first !== 'the' && JOINERS.has(first)) || JOINERS.has(last);
}

/**
 * The split that agrees best with provider results (normalised word overlap of title and artist, the
 * artist also compared name by name). Ties keep the earlier, more plausible split. Undefined when either
 * list is empty.
 */
export function chooseSplit(
  splits: readonly ArtistTitleSplit[],
  known: readonly KnownRecording[],
): SplitChoice | undefined {
  let best: SplitChoice | undefined;
  for (const split of splits) {
    for (const recording of known) {
      const score = round(
        (titleAgreement(split.title, recording.title) + artistAgreement(split.artist, recording.artist)) / 2,
      );
      if (!best || score > best.score) best = { split, score };
    }
  }
  return best;
}

function titleAgreement(title: string, known: string): number {
  return normalizeForMatch(title) === normalizeForMatch(known) ? 1 : wordSimilarity(title, known);
}

function artistAgreement(artist: string, known: string): number {
  const names = [known, ...splitArtists(known)];
  return Math.max(...names.map((name) => titleAgreement(artist, name)));
}

const round = (n: number): number => Math.round(n * 1000) / 1000;
