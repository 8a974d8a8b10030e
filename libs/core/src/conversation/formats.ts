import { type FormatWish, type Taken, takeMatch } from './constraints.js';

interface FormatWord {
  pattern: RegExp;
  wish: Omit<FormatWish, 'text'>;
}

const LEAD = String.raw`(?:(?:in|as|with)\s+)?(?:(?:a|an)\s+)?`;
const TAIL = String.raw`(?:\s+(?:quality|format|files?|please))?`;

/** The format words a person uses; the first that matches wins, so longer phrases come first. */
const WORDS: FormatWord[] = [
  { pattern: /\bmp3\s*@?\s*320(?:\s*k(?:bps|b\/s)?)?\b/i, wish: { codec: 'mp3', minKbps: 320 } },
  {
    pattern: /\b320\s*k(?:bps|b\/s)?(?:\s+mp3)?\b|\b320(?=\s+mp3\b)(?:\s+mp3)?/i,
    wish: { codec: 'mp3', minKbps: 320 },
  },
  { pattern: /\bmp3\s+v0\b|\bv0(?:\s+mp3)?\b/i, wish: { codec: 'mp3', minKbps: 220 } },
  { pattern: /\b(?:hi-?res|high[\s-]res(?:olution)?|24[\s-]?bit)\b/i, wish: { codec: 'flac', lossless: true } },
  { pattern: /\bflac\b/i, wish: { codec: 'flac', lossless: true } },
  { pattern: /\balac\b/i, wish: { codec: 'alac', lossless: true } },
  { pattern: /\bwav\b/i, wish: { codec: 'wav', lossless: true } },
  { pattern: /\blossless\b/i, wish: { lossless: true } },
  { pattern: /\bopus\b/i, wish: { codec: 'opus' } },
  { pattern: /\b(?:ogg|vorbis)\b/i, wish: { codec: 'vorbis' } },
  { pattern: /\b(?:aac|m4a)\b/i, wish: { codec: 'aac' } },
  { pattern: /\bmp3\b/i, wish: { codec: 'mp3' } },
  { pattern: /\b(?:in\s+)?320\b(?!\s*\d)/i, wish: { codec: 'mp3', minKbps: 320 } },
  { pattern: /\b(?:best|highest|top)\s+quality\b/i, wish: { lossless: true } },
];

/** The format or quality a request asks for ("in flac", "320kbps", "lossless", "opus"). */
export function takeFormat(text: string): Taken<FormatWish> {
  for (const word of WORDS) {
    const wrapped = new RegExp(`${LEAD}(?:${word.pattern.source})${TAIL}`, 'i');
    const { match, rest } = takeMatch(text, wrapped);
    if (match) return { value: { text: match[0].trim(), ...word.wish }, rest };
  }
  return { value: undefined, rest: text };
}
