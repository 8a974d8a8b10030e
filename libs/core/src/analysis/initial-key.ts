/**
 * A key in the ID3 TKEY notation DJ software reads from INITIALKEY tags too: the tonic (`A`–`G` with `#` or
 * `b`) followed by `m` for minor, three characters at most. Undefined for a tonic outside that notation.
 */
export function initialKeyOf(key: string, scale: 'major' | 'minor'): string | undefined {
  if (!/^[A-G][#b]?$/.test(key)) return undefined;
  return scale === 'minor' ? `${key}m` : key;
}
