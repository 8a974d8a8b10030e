// Letters that NFKD does not split into base + mark.
const FOLDED: Readonly<Record<string, string>> = {
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
};

/**
 * A comparison key: case folded, Latin diacritics removed ("Beyoncé" = "beyonce"), `&` and "'n'" read as
 * "and", punctuation dropped ("AC/DC" = "ac dc", "R.E.M." = "rem"), a leading "the" or trailing ", The"
 * ignored. Kana voicing marks and Hangul survive: only U+0300..U+036F marks are stripped.
 */
export function normalizeForMatch(s: string): string {
  const folded = s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC')
    .toLowerCase()
    .replace(/[øæœßłđðþı]/g, (c) => FOLDED[c] ?? c);
  const words = folded
    .replace(/&/g, ' and ')
    .replace(/['’`´.!?]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .map((w) => (w === 'n' ? 'and' : w));
  if (words.length > 1 && words[0] === 'the') words.shift();
  if (words.length > 1 && words[words.length - 1] === 'the') words.pop();
  return words.join(' ');
}

/** Dice coefficient over the normalised words of both strings: 1 = same words, 0 = none shared. */
export function wordSimilarity(a: string, b: string): number {
  const left = normalizeForMatch(a).split(' ').filter(Boolean);
  const right = normalizeForMatch(b).split(' ').filter(Boolean);
  if (left.length === 0 || right.length === 0) return 0;
  const pool = new Map<string, number>();
  for (const w of right) pool.set(w, (pool.get(w) ?? 0) + 1);
  let shared = 0;
  for (const w of left) {
    const n = pool.get(w) ?? 0;
    if (n > 0) {
      shared += 1;
      pool.set(w, n - 1);
    }
  }
  return (2 * shared) / (left.length + right.length);
}
