/** How the bytes of a sheet were read. */
export type CueEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'shift_jis' | 'windows-1252';

// Kana and CJK ideographs: Shift_JIS bytes that decode to these were meant as Japanese.
const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

/**
 * Sheets written by old rippers are in the Windows code page of their maker's machine. A byte order mark
 * decides; then strict UTF-8; then Shift_JIS when it decodes cleanly to Japanese text; Windows-1252 otherwise.
 */
export function decodeCueBytes(bytes: Uint8Array): { text: string; encoding: CueEncoding } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return decode(bytes.subarray(3), 'utf-8');
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decode(bytes.subarray(2), 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decode(bytes.subarray(2), 'utf-16be');
  const utf8 = tryDecode(bytes, 'utf-8');
  if (utf8 !== undefined) return { text: utf8, encoding: 'utf-8' };
  const japanese = tryDecode(bytes, 'shift_jis');
  if (japanese !== undefined && JAPANESE.test(japanese)) return { text: japanese, encoding: 'shift_jis' };
  return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
}

// Node's TextDecoder reads "windows-1252" as Latin-1 (nodejs/node#56542): 0x80–0x9F come out as control
// characters instead of “ ” – € …, so that range is mapped here.
const WINDOWS_1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) {
    text += byte >= 0x80 && byte <= 0x9f ? WINDOWS_1252_HIGH[byte - 0x80] : String.fromCharCode(byte);
  }
  return text;
}

const decode = (bytes: Uint8Array, encoding: CueEncoding) => ({
  text: new TextDecoder(encoding).decode(bytes),
  encoding,
});

function tryDecode(bytes: Uint8Array, encoding: CueEncoding): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}
