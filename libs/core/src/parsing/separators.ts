import type { Separator } from './parsed-request.js';

export interface SeparatorSplit {
  separator: Separator;
  artist: string;
  title: string;
  /** Text after a quoted title ('BTS "Dynamite" Dance Practice'): not part of the name. */
  trailing: string;
}

// "Stand by Me", "Right by Your Side": "by" followed by these is part of a title.
const BY_TITLE_WORDS = new Set(
  'me you your yours my mine myself yourself him her his us our them their it its this that now night day'.split(' '),
);
// "prod. by X", "remixed by X" credit someone other than the artist.
const BY_CREDIT_WORDS =
  /^(?:prod\.?|produced|remixed|mixed|covered|cover|written|directed|shot|edited|performed|sung|lyrics|arranged|composed|animated|filmed)$/i;

/** Finds the artist/title separator, trying "Artist - Title", `Artist "Title"`, "Title by Artist", "Artist: Title". */
export function splitArtistTitle(s: string): SeparatorSplit {
  return splitDash(s) ?? splitQuoted(s) ?? splitBy(s) ?? splitColon(s) ?? none(s);
}

const none = (s: string): SeparatorSplit => ({ separator: 'none', artist: '', title: s, trailing: '' });

function splitDash(s: string): SeparatorSplit | undefined {
  const at = s.indexOf(' - ');
  const artist = s.slice(0, at).trim();
  const title = s.slice(at + 3).trim();
  return at > 0 && artist && title ? { separator: 'dash', artist, title, trailing: '' } : undefined;
}

function splitQuoted(s: string): SeparatorSplit | undefined {
  const q = findDoubleQuoted(s) ?? findSingleQuoted(s);
  if (!q) return undefined;
  const title = s.slice(q.open + 1, q.close).trim();
  if (title.length < 2) return undefined;
  return { separator: 'quoted', artist: s.slice(0, q.open).trim(), title, trailing: s.slice(q.close + 1).trim() };
}

function findDoubleQuoted(s: string): { open: number; close: number } | undefined {
  const open = s.indexOf('"');
  const close = open >= 0 ? s.indexOf('"', open + 1) : -1;
  return close > open + 1 ? { open, close } : undefined;
}

/**
 * A single-quoted title opens after a space (not "Don't") and closes before a space or the end; the last
 * such closing quote wins so "Guns N' Roses 'Sweet Child O' Mine'" keeps "O'" inside.
 */
function findSingleQuoted(s: string): { open: number; close: number } | undefined {
  let open = -1;
  for (let i = 0; i < s.length && open < 0; i++) {
    if (s[i] === "'" && (i === 0 || s[i - 1] === ' ') && /\S/.test(s[i + 1] ?? '')) open = i;
  }
  if (open < 0) return undefined;
  for (let i = s.length - 1; i > open + 2; i--) {
    const after = s[i + 1];
    if (s[i] === "'" && s[i - 1] !== ' ' && (after === undefined || /[\s,.!?:;)]/.test(after))) {
      return { open, close: i };
    }
  }
  return undefined;
}

function splitBy(s: string): SeparatorSplit | undefined {
  const lower = s.toLowerCase();
  for (let at = lower.lastIndexOf(' by '); at > 0; at = lower.lastIndexOf(' by ', at - 1)) {
    const title = s.slice(0, at).trim();
    const artist = s.slice(at + 4).trim();
    const next = artist.split(' ')[0]?.toLowerCase() ?? '';
    if (title && artist && !BY_TITLE_WORDS.has(next) && !BY_CREDIT_WORDS.test(lastWord(title))) {
      return { separator: 'by', artist, title, trailing: '' };
    }
  }
  return undefined;
}

const lastWord = (s: string): string => s.slice(s.lastIndexOf(' ') + 1);

/** "Linkin Park: Numb". The left side must look like a name (1-4 words, not a time like "10:35"). */
function splitColon(s: string): SeparatorSplit | undefined {
  const at = s.indexOf(': ');
  const artist = s.slice(0, at).trim();
  const title = s.slice(at + 2).trim();
  const words = artist.split(' ').length;
  return at > 0 && title && words <= 4 && !/\d$/.test(artist)
    ? { separator: 'colon', artist, title, trailing: '' }
    : undefined;
}
