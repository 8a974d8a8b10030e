import { createHash } from 'node:crypto';
import type { TorrentFile } from '../decision/match-file-list.js';

export interface TorrentMetainfo {
  /** SHA-1 of the bencoded info dictionary, lower-case hex: how clients name the torrent. */
  infoHash: string;
  name: string;
  /** Paths as the client lays them out under its save folder (the torrent's name first for multi-file ones). */
  files: TorrentFile[];
}

type Value = number | Buffer | Value[] | Map<string, { value: Value; start: number; end: number }>;

const MAX_DEPTH = 64;

/** A small bencode reader that also keeps where each dictionary value sits, to hash the info bytes as sent. */
function decode(bytes: Buffer, at: number, depth: number): { value: Value; end: number } {
  if (depth > MAX_DEPTH) throw new Error('The .torrent nests too deeply');
  const kind = bytes[at];
  if (kind === 0x69) {
    const end = bytes.indexOf(0x65, at);
    if (end < 0) throw new Error('The .torrent ends inside a number');
    const value = Number(bytes.subarray(at + 1, end).toString('ascii'));
    if (!Number.isSafeInteger(value)) throw new Error('The .torrent has a number that is not one');
    return { value, end: end + 1 };
  }
  if (kind === 0x6c) {
    const list: Value[] = [];
    let cursor = at + 1;
    while (bytes[cursor] !== 0x65) {
      if (cursor >= bytes.length) throw new Error('The .torrent ends inside a list');
      const item = decode(bytes, cursor, depth + 1);
      list.push(item.value);
      cursor = item.end;
    }
    return { value: list, end: cursor + 1 };
  }
  if (kind === 0x64) {
    const dict = new Map<string, { value: Value; start: number; end: number }>();
    let cursor = at + 1;
    while (bytes[cursor] !== 0x65) {
      if (cursor >= bytes.length) throw new Error('The .torrent ends inside a dictionary');
      const key = decode(bytes, cursor, depth + 1);
      if (!Buffer.isBuffer(key.value)) throw new Error('The .torrent has a dictionary key that is not a string');
      const item = decode(bytes, key.end, depth + 1);
      dict.set(key.value.toString('utf8'), { value: item.value, start: key.end, end: item.end });
      cursor = item.end;
    }
    return { value: dict, end: cursor + 1 };
  }
  const colon = bytes.indexOf(0x3a, at);
  const length = Number(bytes.subarray(at, colon).toString('ascii'));
  if (colon < 0 || !Number.isSafeInteger(length) || length < 0 || colon + 1 + length > bytes.length)
    throw new Error('The .torrent is not bencoded');
  return { value: bytes.subarray(colon + 1, colon + 1 + length), end: colon + 1 + length };
}

const text = (value: Value | undefined) => (Buffer.isBuffer(value) ? value.toString('utf8') : undefined);
const dictOf = (value: Value | undefined) => (value instanceof Map ? value : undefined);

/** The info hash, name and file list of a .torrent file, read before it is handed to a client. */
export function readTorrentFile(input: Uint8Array): TorrentMetainfo {
  const bytes = Buffer.isBuffer(input) ? input : Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  const root = dictOf(decode(bytes, 0, 0).value);
  const info = root?.get('info');
  const fields = dictOf(info?.value);
  if (!info || !fields) throw new Error('The .torrent has no info dictionary');
  const name = text(fields.get('name.utf-8')?.value) ?? text(fields.get('name')?.value);
  if (!name) throw new Error('The .torrent has no name');
  const list = fields.get('files')?.value;
  const files: TorrentFile[] = Array.isArray(list)
    ? list.map((entry) => {
        const file = dictOf(entry);
        const parts = file?.get('path.utf-8')?.value ?? file?.get('path')?.value;
        const length = file?.get('length')?.value;
        if (!Array.isArray(parts) || typeof length !== 'number') throw new Error('The .torrent has a malformed file');
        return { path: [name, ...parts.map((p) => text(p) ?? '')].join('/'), sizeBytes: length };
      })
    : [{ path: name, sizeBytes: Number(fields.get('length')?.value ?? 0) }];
  const infoHash = createHash('sha1').update(bytes.subarray(info.start, info.end)).digest('hex');
  return { infoHash, name, files };
}

/** The info hash a magnet link names (hex, or the base32 form some indexers send). */
export function magnetInfoHash(magnet: string): string | undefined {
  const value = /xt=urn:btih:([0-9a-z]+)/i.exec(magnet)?.[1];
  if (!value) return undefined;
  if (/^[0-9a-f]{40}$/i.test(value)) return value.toLowerCase();
  if (!/^[a-z2-7]{32}$/i.test(value)) return undefined;
  let bits = '';
  for (const char of value.toUpperCase())
    bits += 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'.indexOf(char).toString(2).padStart(5, '0');
  return (bits.match(/.{8}/g) ?? []).map((byte) => parseInt(byte, 2).toString(16).padStart(2, '0')).join('');
}
