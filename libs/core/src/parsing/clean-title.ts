import { findGroups, removeEmptyBrackets, removeGroups } from './brackets.js';
import { classifyPhrase } from './classify-phrase.js';
import { findDecorationSuffix } from './dash-suffix.js';
import type { Stripped } from './parsed-request.js';

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  quot: '"',
  apos: "'",
  lt: '<',
  gt: '>',
  nbsp: '\u00a0',
  ndash: '\u2013',
  mdash: '\u2014',
  lsquo: '\u2018',
  rsquo: '\u2019',
  ldquo: '\u201c',
  rdquo: '\u201d',
  hellip: '\u2026',
};

/** Decodes named and numeric entities once ("&amp;amp;" becomes "&amp;"); malformed ones stay as written. */
export function decodeHtmlEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (whole, body: string) => {
    if (!body.startsWith('#')) return NAMED_ENTITIES[body.toLowerCase()] ?? whole;
    const hex = body[1] === 'x' || body[1] === 'X';
    const code = Number.parseInt(body.slice(hex ? 2 : 1), hex ? 16 : 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

export const normalizeUnicode = (s: string): string => s.normalize('NFC');
export const removeZeroWidth = (s: string): string => s.replace(/[\u200b-\u200d\u2060\ufeff]/g, '');
export const replaceNbsp = (s: string): string => s.replace(/[\u00a0\u202f]/g, ' ');

export function replaceSmartQuotes(s: string): string {
  return s.replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'").replace(/[\u201c\u201d\u201e\u201f\u2033]/g, '"');
}

const CJK_BRACKETS: Readonly<Record<string, string>> = {
  '【': '[',
  '】': ']',
  '〖': '[',
  '〗': ']',
  '〔': '[',
  '〕': ']',
  '［': '[',
  '］': ']',
  '（': '(',
  '）': ')',
  '｜': '|',
  // Corner and title brackets quote a title: YOASOBI「夜に駆ける」.
  '「': '"',
  '」': '"',
  '『': '"',
  '』': '"',
  '《': '"',
  '》': '"',
};

// 【】 hold either a note ("【MV】", "【No Copyright Music】") or the title itself ("Artist【Title】").
const LENTICULAR = /【([^【】]*)】/g;

/** "Artist【Title】" quotes the title; a 【note】 becomes an ordinary bracket group for the noise rules. */
export function readLenticularBrackets(s: string): string {
  return s.replace(LENTICULAR, (_, inner: string) =>
    classifyPhrase(inner.trim(), 'group') ? `[${inner}]` : ` "${inner}" `,
  );
}

export function normalizeCjkBrackets(s: string): string {
  return s.replace(/[【】〖〗〔〕［］（）｜「」『』《》]/g, (c) => CJK_BRACKETS[c] ?? c);
}

/**
 * En/em dashes, minus and full-width hyphens become "-"; "--", " ~ " and " _ " between words (K-pop uploads:
 * "IU(아이유) _ Blueming(블루밍)") become " - ".
 */
export function normalizeDashes(s: string): string {
  return s.replace(/[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/g, '-').replace(/ (?:-{2,}|_|~) /g, ' - ');
}

/** Collapses runs of ASCII and typographic spaces; the ideographic space (U+3000) is text and stays. */
export function normalizeWhitespace(s: string): string {
  return s.replace(/[ \t\n\r\f\v\u2000-\u200a\u205f]+/g, ' ').trim();
}

/** Character-level cleanup every parser input goes through first. */
export function normalizeText(s: string): string {
  const steps = [
    decodeHtmlEntities,
    normalizeUnicode,
    removeZeroWidth,
    replaceNbsp,
    replaceSmartQuotes,
    readLenticularBrackets,
    normalizeCjkBrackets,
    normalizeDashes,
    normalizeWhitespace,
  ];
  return steps.reduce((text, step) => step(text), s);
}

const EXTENSION =
  /\.(?:mp3|m4a|flac|wav|ogg|oga|opus|aac|wma|alac|aiff?|ape|wv|webm|mp4|mkv|avi|wmv|mpe?g|flv|mov|3gp)$/i;

export function removeFileExtension(s: string): Stripped {
  const m = EXTENSION.exec(s);
  return m ? { text: s.slice(0, m.index).trim(), removed: [m[0]] } : { text: s, removed: [] };
}

const TRACK_NUMBER = /^(?:\d{1,2}-)?(\d{1,3})(\s*[._)]\s*|\s+-\s+|-\s*|\s+)(?=\S)/;

/**
 * "03 - Numb", "03. Numb", "1-03 Numb". A bare number is kept unless something says it is a track number
 * (a leading zero, a file name, or a dash separator after it), so "311 - Amber" and "50 Cent" survive.
 */
export function removeTrackNumber(s: string, isFileName = false): Stripped {
  const m = TRACK_NUMBER.exec(s);
  if (!m) return { text: s, removed: [] };
  const rest = s.slice(m[0].length);
  // "12.38" is a name, not track 12.
  if ((m[2] ?? '').trim() === '.' && /^\d/.test(rest)) return { text: s, removed: [] };
  const leadingZero = (m[1] ?? '').startsWith('0') && (m[1] ?? '').length > 1;
  const bareSpace = (m[2] ?? '').trim() === '';
  const hinted = isFileName || rest.includes(' - ');
  const strip = bareSpace ? leadingZero && hinted : leadingZero || hinted;
  return strip ? { text: rest, removed: [trimEdges(m[0])] } : { text: s, removed: [] };
}

// Vinyl side and track: "B2. ", "D1 ", "AA1. ", "A2 - ", "B3) ". A bare letter needs a "." or ")" after it; "B.B.
// King", "G. Love" and "A. R. Rahman" are names.
const SIDE_NUMBER = /^((?:[A-H]|AA)\d{1,2}|[A-F]|AA)(?:[.)]\s+|\s+-\s+|(?<=\d|AA)\s+)(?=\S)(?![A-Z]\.)/;

/** A vinyl side number before "Artist - Title". Only taken when a " - " follows, so "A Tribe Called Quest" stays. */
export function removeSideNumber(s: string): Stripped {
  const m = SIDE_NUMBER.exec(s);
  const rest = m ? s.slice(m[0].length) : '';
  return m && rest.includes(' - ') ? { text: rest, removed: [m[1] ?? ''] } : { text: s, removed: [] };
}

/** File-name cleanup: underscores as spaces, extension, leading track number. */
export function stripFileName(s: string): Stripped & { isFileName: boolean } {
  const spaced = s.includes(' ') ? s : s.replace(/_/g, ' ').trim();
  const ext = removeFileExtension(spaced);
  const isFileName = ext.removed.length > 0;
  const track = removeTrackNumber(ext.text, isFileName);
  return { text: track.text, removed: [...ext.removed, ...track.removed], isFileName };
}

const EDGE = new Set([' ', ':', ';', '-', '|', '~', ',', '/', '•', '·', '*']);

/** Strips separators left at either end, and a lone double quote ('"Track Title' or 'Track Title"'). */
export function trimEdges(s: string): string {
  let text = trimChars(s);
  if ((text.match(/"/g) ?? []).length % 2 === 1) text = trimChars(text.replace(/^"|"$/g, ''));
  return text;
}

// A loop rather than /[…]+$/, which backtracks quadratically on long runs of those characters.
function trimChars(s: string): string {
  let start = 0;
  let end = s.length;
  while (start < end && EDGE.has(s[start] ?? '')) start++;
  while (end > start && EDGE.has(s[end - 1] ?? '')) end--;
  return s.slice(start, end);
}

const LATIN = /[a-z]/i;

/**
 * A bracket group in another script after a Latin name is a translation of it: "GANGNAM STYLE(강남스타일)",
 * "BTS (방탄소년단)". Matching works on one script, so the alias goes.
 */
export function removeScriptAliases(s: string): Stripped {
  const aliases = findGroups(s).filter((g) => !LATIN.test(g.inner) && /\p{L}/u.test(g.inner));
  if (aliases.length === 0 || !LATIN.test(removeGroups(s, aliases))) return { text: s, removed: [] };
  return { text: removeGroups(s, aliases), removed: aliases.map((g) => g.inner) };
}

/** '"Numb"' and "'Numb'" become "Numb". */
export function unquote(s: string): string {
  const first = s[0];
  const quoted = s.length > 2 && (first === '"' || first === "'") && s.endsWith(first);
  return quoted ? s.slice(1, -1).trim() : s;
}

const NEW_TAG = /\*+ ?new ?\*+/gi;
// Unbracketed noise at the very end: "Track Title HD", "numb lyrics", "Title video clip officiel".
const TRAILING_NOISE = new RegExp(
  `\\s(?:${[
    'official (?:music )?(?:video|audio|mv|lyric video|visuali[sz]er)',
    '(?:official )?lyrics?(?: video)?',
    'lyric video',
    'music video',
    'vid[eé]o ?clip(?: (?:officiel|official|oficial|oficiel))?',
    'offizielles video',
    'clip officiel',
    'clip',
    'hd|hq|4k|1080p',
    'full album',
    'with lyrics',
    'sub español',
    'm/?v',
    'p/?v',
    '\\d+ ?(?:h|hours?)',
    're-?issue',
  ].join('|')})$`,
  'i',
);

type Step = (s: string) => Stripped;

const removeNewTag: Step = (s) => {
  const removed = s.match(NEW_TAG) ?? [];
  return { text: s.replace(NEW_TAG, ' '), removed };
};

/** "Track Title | Foo | Bar": what follows the first " | " is channel or series noise. */
const removePipeSuffix: Step = (s) => {
  const at = s.indexOf(' | ');
  return at > 0 ? { text: s.slice(0, at), removed: [s.slice(at + 3)] } : { text: s, removed: [] };
};

const removeNoiseGroups: Step = (s) => {
  const groups = findGroups(s).filter((g) => g.inner === '' || classifyPhrase(g.inner, 'group')?.noise === true);
  return { text: removeGroups(s, groups), removed: groups.map((g) => g.inner).filter(Boolean) };
};

const HASHTAG = /^#[\p{L}_][\p{L}\p{N}_]*$/u;

/** "Title #shorts #music": hashtags at the end are for the platform ("Acoustic #3" is a name). */
const removeHashtags: Step = (s) => {
  const words = s.split(' ');
  let keep = words.length;
  while (keep > 1 && HASHTAG.test(words[keep - 1] ?? '')) keep--;
  return keep < words.length
    ? { text: words.slice(0, keep).join(' '), removed: [words.slice(keep).join(' ')] }
    : { text: s, removed: [] };
};

const removeTrailingNoise: Step = (s) => {
  const m = TRAILING_NOISE.exec(s);
  return m && m.index > 0 ? { text: s.slice(0, m.index), removed: [m[0].trim()] } : { text: s, removed: [] };
};

const removeNoiseSuffix: Step = (s) => {
  const found = findDecorationSuffix(s, (c) => c.noise);
  if (!found) return { text: s, removed: [] };
  return { text: `${found.head} ${found.groups}`, removed: [found.plain] };
};

/**
 * Removes what says nothing about the recording: bracket groups and " - suffixes" that are only noise
 * ("[Official Video]", "(Lyrics)", "- Official Audio", "(2011)"), noise words at the end ("HD", "lyrics"),
 * "**NEW**" and a " | channel" tail. Groups with a version marker stay for extractVersions.
 */
export function removeNoise(s: string): Stripped {
  const removed: string[] = [];
  const steps: Step[] = [
    removeNewTag,
    removePipeSuffix,
    removeHashtags,
    removeNoiseGroups,
    removeTrailingNoise,
    removeNoiseSuffix,
  ];
  let text = s;
  for (let round = 0; round < 4; round++) {
    const before = text;
    for (const step of steps) {
      const r = step(text);
      removed.push(...r.removed);
      text = trimEdges(removeEmptyBrackets(normalizeWhitespace(r.text)));
    }
    if (text === before) break;
  }
  return { text, removed };
}
