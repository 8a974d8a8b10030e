const encoder = new TextEncoder();
const graphemes = new Intl.Segmenter('und', { granularity: 'grapheme' });

export function utf8Length(text: string): number {
  return encoder.encode(text).length;
}

/**
 * The longest start of `text` that fits in `maxBytes` of UTF-8, cut between user-perceived characters
 * so that an emoji sequence or a letter with its combining marks is never split.
 */
export function truncateUtf8(text: string, maxBytes: number): string {
  if (utf8Length(text) <= maxBytes) return text;
  let kept = '';
  let bytes = 0;
  for (const { segment } of graphemes.segment(text)) {
    const size = utf8Length(segment);
    if (bytes + size > maxBytes) break;
    kept += segment;
    bytes += size;
  }
  return kept;
}
