/** What a `Range` header asks of a file of `size` bytes (RFC 9110 §14). */
export type ByteRange = { kind: 'whole' } | { kind: 'partial'; start: number; end: number } | { kind: 'unsatisfiable' };

const SINGLE_RANGE = /^bytes=[ \t]*(\d*)-(\d*)[ \t]*$/i;

/**
 * One byte range of the header, with `end` inclusive and clamped to the file. A header that is not one valid
 * byte range (another unit, several ranges, `5-2`, garbage) is ignored and the whole file is sent, as RFC 9110
 * allows; a valid range that starts past the end cannot be satisfied.
 */
export function parseByteRange(header: string | undefined, size: number): ByteRange {
  const match = header === undefined ? null : SINGLE_RANGE.exec(header);
  if (!match) return { kind: 'whole' };
  const [, first = '', last = ''] = match;
  if (first === '' && last === '') return { kind: 'whole' };
  if (first === '') return suffix(Number(last), size);
  const start = Number(first);
  const end = last === '' ? Number.MAX_SAFE_INTEGER : Number(last);
  if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end) || end < start) return { kind: 'whole' };
  if (start >= size) return { kind: 'unsatisfiable' };
  return { kind: 'partial', start, end: Math.min(end, size - 1) };
}

/** `bytes=-n`: the last n bytes, or the whole file when it is shorter. */
function suffix(length: number, size: number): ByteRange {
  if (!Number.isSafeInteger(length)) return { kind: 'whole' };
  if (length === 0 || size === 0) return { kind: 'unsatisfiable' };
  return { kind: 'partial', start: Math.max(0, size - length), end: size - 1 };
}

/** The `Content-Range` value of an answer. */
export function contentRange(range: ByteRange, size: number): string | undefined {
  if (range.kind === 'partial') return `bytes ${range.start}-${range.end}/${size}`;
  if (range.kind === 'unsatisfiable') return `bytes */${size}`;
  return undefined;
}
