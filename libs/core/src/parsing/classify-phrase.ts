import {
  GENRE_JOINERS,
  GENRE_WORDS,
  GROUP_ONLY_NOTES,
  OFFICIAL_WORDS,
  RELEASE_NOTES,
  UNSPACED_OFFICIAL,
} from './noise-vocabulary.js';
import type { VersionKind, VersionMarker } from './parsed-request.js';

export type PhraseMode = 'group' | 'suffix';

export interface PhraseClass {
  versions: VersionMarker[];
  /** True when the phrase is noise only (no version marker). */
  noise: boolean;
}

interface MarkerRule {
  kind: VersionKind;
  pattern: RegExp;
  year?: boolean;
}

interface NoiseRule {
  pattern: RegExp;
  strong: boolean;
  /** Unknown words next to it are accounted for ("Group X edit", "Super Cool Version"). */
  absorbs?: boolean;
  groupOnly?: boolean;
}

interface PartClass {
  versions: VersionMarker[];
  strongNoise: boolean;
  accounted: boolean;
}

// \b is ASCII-only; these lookarounds also bound "vidéo", "español", "acústico".
const word = (body: string, flags = 'iu') => new RegExp(`(?<![\\p{L}\\p{N}])(?:${body})(?![\\p{L}\\p{N}])`, flags);
const YEAR = /(?<!\d)(?:19|20)\d{2}(?!\d)/;
const MAX_PHRASE = 120;
// Part of the recording's name although it reads like a version note.
const KEEP = /taylor'?s version|^from the vault$/i;
const PART_SPLIT = /(?<!\d)\s*[/+,|]\s*(?!\d)|\s+-\s+/u;

const LIVE_NEXT =
  'at|from|in|on|version|session|sessions|performance|recording|acoustic|video|audio|clip|mv|stream|(?:19|20)\\d{2}';
const MARKER_RULES: readonly MarkerRule[] = [
  { kind: 'explicit', pattern: /^\s*(?:explicit|dirty)(?: version)?\s*$/i },
  { kind: 'clean', pattern: /^\s*clean(?: version| edit)?\s*$/i },
  { kind: 'radio-edit', pattern: word('radio[ -]?(?:edit|version|mix|cut)') },
  { kind: 'extended', pattern: word('extended(?: (?:mix|version|edit|cut))?') },
  {
    kind: 'live',
    pattern: new RegExp(
      `^\\s*(?:official )?live(?=\\s*$|\\s*@|\\s+(?:${LIVE_NEXT})\\b)|\\blive(?=\\s*$)|\\blive (?:lounge|session)\\b|^\\s*(?:en|ao) vivo\\b`,
      'i',
    ),
  },
  { kind: 'karaoke', pattern: word('karaoke|sing[ -]?along') },
  { kind: 'instrumental', pattern: word('instrumental|inst\\.?|off[ -]vocal') },
  { kind: 'acoustic', pattern: word('acoustic|acoustique|ac[uú]stico|unplugged|stripped') },
  { kind: 'demo', pattern: word('demo') },
  { kind: 'remaster', pattern: word('re-?master(?:ed)?'), year: true },
  { kind: 'sped-up', pattern: word('(?:sped|speed)[ -]?up') },
  { kind: 'slowed', pattern: word('(?:super )?slowed(?: down)?') },
  { kind: 'reverb', pattern: word('reverb(?:ed)?') },
  { kind: 'nightcore', pattern: word('nightcore') },
  { kind: '8d', pattern: word('8d(?: audio)?') },
  { kind: 'cover', pattern: /\bcover(?=\s*$|\s+(?:by|of|version|video|audio)\b)/i },
  {
    kind: 'remix',
    pattern:
      /(?<!\boriginal )\b(?:re-?mix(?:ed)?|rmx|bootleg|flip|dub|vip|mix(?:ed)?)(?=\s*$|\s+(?:by|edit|version|ep|mix)\b)/i,
  },
];

// Which marker a leftover name belongs to: "Major Lazer Remix", "Live at Wembley", "Coldplay Cover".
const DETAIL_PRIORITY: readonly VersionKind[] = ['remix', 'radio-edit', 'cover', 'live'];

const NOISE_RULES: readonly NoiseRule[] = [
  {
    pattern:
      /^\s*(?:prod\.(?=\S)|(?:prod(?:uced)?\.?(?: by)?|parody of|lyrical adapt(?:at)?ion of|in the style of|from|taken from|as heard in|as featured in|ost)(?=\s|$)).*$/i,
    strong: true,
    absorbs: true,
  },
  { pattern: /^\s*\d{4}\s*$/, strong: true, groupOnly: true },
  { pattern: /\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b/g, strong: true, groupOnly: true },
  { pattern: /^\s*(?:\S+\s+){0,3}version(?:\s+\d{4})?\s*$/i, strong: true, absorbs: true },
  { pattern: word('(?:re-?)?edit', 'giu'), strong: true, absorbs: true },
  { pattern: new RegExp(UNSPACED_OFFICIAL.join('|'), 'gu'), strong: true },
  { pattern: word(OFFICIAL_WORDS.join('|'), 'giu'), strong: true },
  { pattern: word(RELEASE_NOTES.join('|'), 'giu'), strong: true },
  { pattern: word(GROUP_ONLY_NOTES.join('|'), 'giu'), strong: true, absorbs: true, groupOnly: true },
  { pattern: word('(?:19|20)\\d{2}|\\d+(?:st|nd|rd|th)', 'giu'), strong: false },
];

// Alone after a dash these are more often a title ("Creedence Clearwater Revival - Bootleg", "Taylor Swift -
// Clean", "Kraftwerk - The Mix") than a version note.
const LONE_TITLE_WORD = /^(?:the )?(?:bootleg|flip|dub|mix(?:ed)?|clean|explicit)$/i;

const FILLER = new Set(
  'version mix ep by of and & + a an at from in on @ digital club continuous music track with new feat ft performance session sessions recording'.split(
    ' ',
  ),
);

/**
 * Decides whether a bracket group or a " - suffix" of a title is decoration (version markers or noise)
 * rather than part of the name; undefined when it is part of the name. 'group' mode is lenient: one
 * recognised word is enough, because brackets already set the words apart. 'suffix' mode needs every word
 * accounted for, so "Wings - Live and Let Die" or "Goo Goo Dolls - Acoustic #3" stay titles.
 */
export function classifyPhrase(phrase: string, mode: PhraseMode): PhraseClass | undefined {
  if (phrase.length === 0 || phrase.length > MAX_PHRASE || KEEP.test(phrase)) return undefined;
  const parts = phrase
    .replace(/\bm\/v\b/gi, 'MV')
    .split(PART_SPLIT)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => classifyPart(p, mode));
  const versions = parts.flatMap((p) => p.versions);
  if (versions.length === 0 && mode === 'group' && isGenreTag(phrase)) return { versions, noise: true };
  if (versions.length === 0 && !parts.some((p) => p.strongNoise)) return undefined;
  if (mode === 'suffix' && !parts.every((p) => p.accounted)) return undefined;
  return { versions, noise: versions.length === 0 };
}

function classifyPart(part: string, mode: PhraseMode): PartClass {
  let work = part;
  const versions: VersionMarker[] = [];
  for (const rule of MARKER_RULES) {
    const m = rule.pattern.exec(work);
    if (!m) continue;
    const marker: VersionMarker = { kind: rule.kind, text: m[0].trim() };
    const year = rule.year ? YEAR.exec(part)?.[0] : undefined;
    if (year) marker.detail = year;
    versions.push(marker);
    work = blank(work, m.index, m[0].length);
  }
  let strongNoise = false;
  let absorbs = false;
  for (const rule of NOISE_RULES) {
    if (rule.groupOnly && mode === 'suffix') continue;
    const blanked = work.replace(rule.pattern, (m) => ' '.repeat(m.length));
    if (blanked === work) continue;
    work = blanked;
    strongNoise ||= rule.strong;
    absorbs ||= rule.absorbs === true;
  }
  const leftover = trimFiller(work.split(/\s+/).filter(Boolean));
  const owner = DETAIL_PRIORITY.map((k) => versions.find((v) => v.kind === k)).find(Boolean);
  if (owner && leftover.length > 0) owner.detail = leftover.join(' ');
  const unknown = leftover.filter((w) => !FILLER.has(w.toLowerCase()));
  const lone = mode === 'suffix' && LONE_TITLE_WORD.test(part);
  return { versions, strongNoise, accounted: !lone && (unknown.length === 0 || owner !== undefined || absorbs) };
}

function blank(s: string, index: number, length: number): string {
  return s.slice(0, index) + ' '.repeat(length) + s.slice(index + length);
}

/** Drops filler words ("at", "by", "version") from both ends: "at Wembley" names the venue "Wembley". */
function trimFiller(words: string[]): string[] {
  let start = 0;
  let end = words.length;
  while (start < end && FILLER.has((words[start] ?? '').toLowerCase())) start++;
  while (end > start && FILLER.has((words[end - 1] ?? '').toLowerCase())) end--;
  return words.slice(start, end);
}

/** "[Trip-Hop / Downtempo]", "[post-punk / new wave]": every word a genre word. */
function isGenreTag(phrase: string): boolean {
  const words = phrase
    .toLowerCase()
    .split(/\s+|(?=[/&+,|])|(?<=[/&+,|])/)
    .filter((w) => w && !GENRE_JOINERS.has(w));
  return words.length > 0 && words.every((w) => GENRE_WORDS.has(w) || w.split('-').every((p) => GENRE_WORDS.has(p)));
}
