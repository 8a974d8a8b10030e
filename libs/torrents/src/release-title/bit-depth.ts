const TWENTY_FOUR = [
  /(?<!\d)24 ?-? ?bits?(?![a-z])/i,
  /flac ?24(?!\d)/i,
  // "24-96", "24-44.1", "24-192" (bit depth - sample rate), as scene names and trackers write it.
  /(?<![\d.])24[- ](?:44|48|88|96|176|192)(?:[.,]\d)?(?![\d])/,
  /\[TR24\]/i,
  /(?<![a-z])hi-?res(?![a-z])/i,
];
const SIXTEEN = [/(?<!\d)16 ?-? ?bits?(?![a-z])/i, /(?<![\d.])16[- ](?:44|48)(?:[.,]\d)?(?![\d])/, /flac ?16(?!\d)/i];

export function bitDepthOf(title: string): 16 | 24 | undefined {
  if (TWENTY_FOUR.some((p) => p.test(title))) return 24;
  if (SIXTEEN.some((p) => p.test(title))) return 16;
  return undefined;
}
