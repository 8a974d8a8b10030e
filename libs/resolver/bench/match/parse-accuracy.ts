import { parseRequest } from '@app/core';
import getArtistTitle from 'get-artist-title';
import type { LabelledTitle } from './corpus.js';

export interface Reading {
  artist: string;
  title: string;
}

export type Reader = (input: string) => Reading | undefined;

/** TrueTrack's reading; a query without separator takes its most plausible split (no provider to ask here). */
export const trueTrackReader: Reader = (input) => {
  const parsed = parseRequest(input);
  if (parsed.artists.length > 0) return { artist: parsed.artists.join(', '), title: parsed.title ?? '' };
  const split = parsed.splits[0];
  return split ? { artist: split.artist, title: split.title } : undefined;
};

export const peerReader: Reader = (input) => {
  const found = getArtistTitle(input);
  return found ? { artist: found[0], title: found[1] } : undefined;
};

/** Case and spaces folded; joiners between names read alike ("A & B" = "A, B" = "A and B"). */
export function foldArtist(s: string): string {
  return foldText(s.replace(/\s*(?:,|&|\+|\band\b|\bx\b|\bvs\.?)\s*/gi, ' & '));
}

export function foldText(s: string): string {
  return s.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

const FEAT_GROUP = /[([](?:feat\.?|ft\.?|featuring|with)\s[^)\]]*[)\]]/gi;
const FEAT_INLINE = /\s(?:feat\.?|ft\.?|featuring)\s.*$/i;
// A bracket group holding no Latin letter: an alternate name in another script ("Blueming(블루밍)").
const CJK_ALTERNATE =
  /[([][^a-z)\]]*[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}][^a-z)\]]*[)\]]/giu;

/** The lenient reading: "feat." credits may move out and CJK-only bracket alternates may be dropped. */
function lenient(s: string): string {
  return s.replace(FEAT_GROUP, ' ').replace(FEAT_INLINE, '').replace(CJK_ALTERNATE, ' ');
}

export interface Verdict {
  exact: boolean;
  lenient: boolean;
}

export function judge(row: LabelledTitle, reading: Reading | undefined): Verdict {
  if (!reading) return { exact: false, lenient: false };
  const exact =
    foldArtist(reading.artist) === foldArtist(row.artist) && foldText(reading.title) === foldText(row.title);
  const loose =
    foldArtist(lenient(reading.artist)) === foldArtist(lenient(row.artist)) &&
    foldText(lenient(reading.title)) === foldText(lenient(row.title));
  return { exact, lenient: exact || loose };
}

export interface Accuracy {
  rows: number;
  exact: number;
  lenient: number;
  failures: { row: LabelledTitle; reading: Reading | undefined }[];
}

export function measure(rows: readonly LabelledTitle[], reader: Reader): Accuracy {
  let exact = 0;
  let loose = 0;
  const failures: Accuracy['failures'] = [];
  for (const row of rows) {
    const reading = reader(row.input);
    const verdict = judge(row, reading);
    if (verdict.exact) exact++;
    if (verdict.lenient) loose++;
    else failures.push({ row, reading });
  }
  return { rows: rows.length, exact, lenient: loose, failures };
}
