import { truncateUtf8, utf8Length } from './utf8.js';

/** Longest file or folder name written, in UTF-8 bytes: under every common file system's 255, with room to spare. */
export const MAX_SEGMENT_BYTES = 180;

export interface SegmentOptions {
  /** Kept whole at the end when the name is shortened, e.g. `flac` or `.flac`. */
  extension?: string;
  maxBytes?: number;
}

const UNPAIRED_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;
// Bidirectional overrides and marks can make a name display as something it is not ("evil\u202Egpj.exe").
const INVISIBLE = /[\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;
// Windows refuses these as a name's first part, whatever follows the dot: "nul.txt" is as reserved as "NUL".
const RESERVED = /^(con|prn|aux|nul|com[1-9¹²³]|lpt[1-9¹²³])$/i;

const REPLACEMENTS: readonly [RegExp, string][] = [
  [/[/\\|]/g, '-'],
  [/:(?=\s)/g, ' -'],
  [/:/g, '-'],
  [/"/g, "'"],
  [/\*/g, '-'],
  [/[<>?]/g, ''],
];

/**
 * Text as it may appear inside one file or folder name: NFC, no control or bidi characters, none of
 * `/ \ < > : " | ? *` (": " reads " - "), one space between words. Never creates a folder.
 */
export function cleanNameText(text: string): string {
  let clean = text.replace(UNPAIRED_SURROGATE, '\ufffd').normalize('NFC').replace(CONTROL, ' ').replace(INVISIBLE, '');
  for (const [pattern, replacement] of REPLACEMENTS) clean = clean.replace(pattern, replacement);
  return clean.replace(/\s+/g, ' ').trim();
}

/**
 * One file or folder name that every common file system accepts and that cannot leave its folder:
 * cleaned as {@link cleanNameText}, no trailing dots or spaces, no leading dot (hidden files, `..`),
 * Windows device names suffixed (`CON` → `CON_`), at most `maxBytes` (180) bytes of UTF-8 cut between
 * characters with the extension kept, and `_` when nothing is left.
 */
export function sanitizeSegment(name: string, options: SegmentOptions = {}): string {
  const extension = cleanExtension(options.extension);
  const room = (options.maxBytes ?? MAX_SEGMENT_BYTES) - utf8Length(extension);
  let stem = guardDots(cleanNameText(name));
  if (isReserved(stem)) stem = suffixReserved(stem);
  stem = guardDots(truncateUtf8(stem, Math.max(1, room)));
  // Only a very short limit can cut a name back to a device name ("CONTROL" → "CON").
  if (isReserved(stem)) stem = `${truncateUtf8(stem, Math.max(1, room - 1))}_`;
  return stem + extension;
}

/** `.flac` from `flac`, `.FLAC` or `.flac`; letters and digits only, so an extension cannot smuggle a path in. */
export function cleanExtension(extension: string | undefined): string {
  const clean = (extension ?? '')
    .replace(/^\./, '')
    .replace(/[^A-Za-z0-9]/g, '')
    .slice(0, 16)
    .toLowerCase();
  return clean ? `.${clean}` : '';
}

function guardDots(text: string): string {
  const trimmed = text.replace(/[. ]+$/, '').replace(/^ +/, '');
  const guarded = trimmed.startsWith('.') ? `_${trimmed.slice(1)}` : trimmed;
  return guarded || '_';
}

function isReserved(stem: string): boolean {
  return RESERVED.test((stem.split('.')[0] ?? '').trimEnd());
}

function suffixReserved(stem: string): string {
  const dot = stem.indexOf('.');
  return dot < 0 ? `${stem}_` : `${stem.slice(0, dot).trimEnd()}_${stem.slice(dot)}`;
}
