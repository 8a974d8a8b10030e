import type { Separator } from './parsed-request.js';

export interface SeparatorSplit {
  separator: Separator;
  artist: string;
  title: string;
  /** Text after a quoted title ('BTS "Dynamite" Dance Practice'): not part of the name. */
  trailing: string;
  /** An unspaced hyphen ("Artist-Title") may as well be part of a name: other readings stay open. */
  ambiguous?: boolean;
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
  return (
    splitDash(s) ??
    splitQuoted(s) ??
    splitByGroup(s) ??
    splitBy(s) ??
    splitTightDash(s) ??
    splitHyphen(s) ??
    splitColon(s) ??
    none(s)
  );
}

const none = (s: string): SeparatorSplit => ({ separator: 'none', artist: '', title: s, trailing: '' });

function splitDash(s: string): SeparatorSplit | undefined {
  const at = s.indexOf(' - ');
  const artist = s.slice(0, at).trim();
  const title = s.slice(at + 3).trim();
  return at > 0 && artist && title ? { separator: 'dash', artist, title, trailing: '' } : undefined;
}

// One ideograph or syllable is a whole title: コブクロ「桜」.
const ONE_CHARACTER_NAME = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]$/u;
// "ArtistMV「Title」": a video marker glued to the name before a quoted title.
const GLUED_MARKER = /(?<=[\p{L}\p{N}])(?:MV|PV|M\/V)$/u;

function splitQuoted(s: string): SeparatorSplit | undefined {
  const q = findDoubleQuoted(s) ?? findSingleQuoted(s);
  if (!q) return undefined;
  const title = s.slice(q.open + 1, q.close).trim();
  if (title.length < 2 && !ONE_CHARACTER_NAME.test(title)) return undefined;
  const artist = s.slice(0, q.open).trim().replace(GLUED_MARKER, '').trim();
  const trailing = s.slice(q.close + 1).trim();
  // '"Title" by Artist'
  const by = artist === '' ? /^by\s+(.+)$/i.exec(trailing) : null;
  if (by) return { separator: 'by', artist: by[1] ?? '', title, trailing: '' };
  return { separator: 'quoted', artist, title, trailing };
}

// "Title (by Artist)", "Title (cover by Artist)": the credit is the performer of this recording.
const BY_GROUP = /^(.+?)\s*[([](?:(?:a\s+)?cover(?:ed)?\s+|performed\s+|sung\s+)?by\s+([^)\]]+)[)\]]$/i;

function splitByGroup(s: string): SeparatorSplit | undefined {
  const m = BY_GROUP.exec(s);
  const title = m?.[1]?.trim();
  const artist = m?.[2]?.trim();
  return title && artist ? { separator: 'by', artist, title, trailing: '' } : undefined;
}

/**
 * Dashes with a space on one side only: "Artist --Title", "Artist -Title-" (space before) or "Artist- Title",
 * "Artist (feat. X)- Title" (space after). Scanned with indexOf: a regex here backtracks on long dash runs.
 */
function splitTightDash(s: string): SeparatorSplit | undefined {
  for (let at = s.indexOf(' -'); at > 0; at = s.indexOf(' -', at + 1)) {
    let end = at + 2;
    if (s[end] === '-') end++;
    if (end < s.length && !/[\s-]/.test(s[end] ?? '')) return tight(s.slice(0, at), s.slice(end).replace(/-$/, ''));
  }
  for (let at = s.indexOf('- '); at > 0; at = s.indexOf('- ', at + 1)) {
    if (s[at - 1] !== ' ' && s[at - 1] !== '-') return tight(s.slice(0, at).replace(/-$/, ''), s.slice(at + 2));
  }
  return undefined;
}

function tight(artist: string, title: string): SeparatorSplit | undefined {
  const a = artist.trim();
  const t = title.trim();
  return a && t ? { separator: 'dash', artist: a, title: t, trailing: '' } : undefined;
}

// Word parts that a hyphen joins inside one name: "Hip-Hop", "Spider-Man", "Jay-Z", "Re-Up".
const HYPHEN_PREFIXES = new Set(
  'hip k j c x t e re co non anti post pre self lo hi mid sci u semi ex mega ultra super de un in out up spider'.split(
    ' ',
  ),
);

/**
 * "Artist-Title" without spaces: taken only when the string has one hyphen, words on both sides, and the
 * joined parts do not read as one hyphenated word.
 */
function splitHyphen(s: string): SeparatorSplit | undefined {
  const at = s.indexOf('-');
  if (at <= 0 || s.indexOf('-', at + 1) >= 0) return undefined;
  const artist = s.slice(0, at).trim();
  const title = s.slice(at + 1).trim();
  const left = artist.slice(artist.lastIndexOf(' ') + 1);
  const right = title.split(' ')[0] ?? '';
  const spaced = artist.includes(' ') || title.includes(' ');
  const compound = left.length < 2 || right.length < 2 || HYPHEN_PREFIXES.has(left.toLowerCase());
  const readable = spaced && !compound && /\p{L}/u.test(right);
  return readable ? { separator: 'dash', artist, title, trailing: '', ambiguous: true } : undefined;
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
