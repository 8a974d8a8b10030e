/** MP3 / AAC constant bitrates a title may name. */
const BITRATES = new Set([8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320]);

export type Bitrate = { kbps: number } | { vbr: 'V0' | 'V2' } | { vbr: 'VBR' };

/** Where a number is a bitrate: with a unit, after a codec or "@", alone in brackets, or last in the title. */
const NUMBER_PATTERNS: readonly RegExp[] = [
  /(?<![\d.])(\d{2,3}) ?k(?:bps|bit|b\/s)?(?![a-z])/i,
  /(?<![a-z])(?:mp3|aac|m4a)[- @,]{0,3}(\d{3})(?!\d)/i,
  /@ ?(\d{3})(?!\d)/,
  /[[(](\d{3})[\])]/,
  /(?<![\d.-]) (\d{3})$/,
];

export function bitrateOf(title: string): Bitrate | undefined {
  const vbr = /(?<![a-z])(V0|V2)(?![a-z\d])/i.exec(title)?.[1]?.toUpperCase();
  if (vbr === 'V0' || vbr === 'V2') return { vbr };
  for (const pattern of NUMBER_PATTERNS) {
    const kbps = Number(pattern.exec(title)?.[1]);
    if (BITRATES.has(kbps)) return { kbps };
  }
  if (/(?<![a-z])vbr(?![a-z])/i.test(title)) return { vbr: 'VBR' };
  if (/itunes plus/i.test(title)) return { kbps: 256 };
  return undefined;
}
