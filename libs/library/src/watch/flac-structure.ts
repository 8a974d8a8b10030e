import { afterId3v2, type FileWindow } from './file-window.js';
import type { StructureVerdict } from './structure-verdict.js';

/** Bytes of the tail searched for the last frame when STREAMINFO does not bound the frame size. */
const DEFAULT_TAIL_BYTES = 256 * 1024;
const MAX_METADATA_BLOCKS = 1024;

interface StreamInfo {
  maxBlockSize: number;
  maxFrameSize: number;
  sampleRate: number;
  totalSamples: number;
}

/**
 * A FLAC file is whole when its last frame is whole (its CRC-16 matches, so no byte of it is missing) and ends
 * at the sample count STREAMINFO declares. Reads the metadata block headers and the tail, not the audio.
 */
export async function checkFlac(file: FileWindow): Promise<StructureVerdict> {
  const start = await afterId3v2(file);
  if ((await file.read(start, 4)).toString('latin1') !== 'fLaC') return { kind: 'unknown' };
  let at = start + 4;
  let info: StreamInfo | undefined;
  for (let block = 0; block < MAX_METADATA_BLOCKS; block++) {
    const header = await file.read(at, 4);
    if (header.length < 4) return { kind: 'cut', reason: 'ends inside its metadata' };
    const last = (header[0]! & 0x80) !== 0;
    const type = header[0]! & 0x7f;
    const length = header.readUIntBE(1, 3);
    if (type === 0) info = parseStreamInfo(await file.read(at + 4, length));
    at += 4 + length;
    if (last) break;
  }
  if (!info || info.sampleRate === 0) return { kind: 'unknown' };
  if (at >= file.size) return { kind: 'cut', reason: 'holds no audio frames' };
  const tailBytes = Math.max(DEFAULT_TAIL_BYTES, info.maxFrameSize * 2);
  const tailStart = Math.max(at, file.size - tailBytes);
  const tail = await file.read(tailStart, file.size - tailStart);
  const frame = lastFrameHeader(tail, info);
  if (!frame) return { kind: 'cut', reason: 'has no whole frame at its end' };
  const body = tail.subarray(frame.offset);
  if (
    body.length < frame.headerLength + 2 ||
    crc16(body.subarray(0, body.length - 2)) !== body.readUInt16BE(body.length - 2)
  ) {
    return { kind: 'cut', reason: 'ends inside a frame' };
  }
  const durationMs = Math.round((info.totalSamples / info.sampleRate) * 1000);
  if (info.totalSamples > 0 && frame.endSample < info.totalSamples) {
    const endsAt = Math.round((frame.endSample / info.sampleRate) * 1000);
    return { kind: 'cut', reason: `ends at ${seconds(endsAt)} of the ${seconds(durationMs)} its header claims` };
  }
  return { kind: 'whole', durationMs };
}

function parseStreamInfo(data: Buffer): StreamInfo | undefined {
  if (data.length < 18) return undefined;
  const sampleRate = (data[10]! << 12) | (data[11]! << 4) | (data[12]! >> 4);
  const totalSamples = (data[13]! & 0x0f) * 2 ** 32 + data.readUInt32BE(14);
  return { maxBlockSize: data.readUInt16BE(2), maxFrameSize: data.readUIntBE(7, 3), sampleRate, totalSamples };
}

interface FrameHeader {
  offset: number;
  headerLength: number;
  endSample: number;
}

/** The last offset in `tail` holding a frame header whose CRC-8 checks, with the sample its frame ends at. */
function lastFrameHeader(tail: Buffer, info: StreamInfo): FrameHeader | undefined {
  for (let at = tail.length - 6; at >= 0; at--) {
    if (tail[at] !== 0xff || (tail[at + 1]! & 0xfe) !== 0xf8) continue;
    const header = parseFrameHeader(tail, at, info);
    if (header) return header;
  }
  return undefined;
}

function parseFrameHeader(buffer: Buffer, at: number, info: StreamInfo): FrameHeader | undefined {
  const variable = (buffer[at + 1]! & 0x01) === 1;
  const blockCode = buffer[at + 2]! >> 4;
  const rateCode = buffer[at + 2]! & 0x0f;
  if (blockCode === 0 || rateCode === 15 || (buffer[at + 3]! & 0x01) !== 0 || buffer[at + 3]! >> 4 > 10)
    return undefined;
  let pos = at + 4;
  const coded = readUtf8Number(buffer, pos);
  if (!coded) return undefined;
  pos += coded.length;
  let blockSize: number;
  if (blockCode === 6) {
    if (pos + 1 > buffer.length) return undefined;
    blockSize = buffer[pos]! + 1;
    pos += 1;
  } else if (blockCode === 7) {
    if (pos + 2 > buffer.length) return undefined;
    blockSize = buffer.readUInt16BE(pos) + 1;
    pos += 2;
  } else {
    blockSize = blockCode === 1 ? 192 : blockCode <= 5 ? 576 << (blockCode - 2) : 256 << (blockCode - 8);
  }
  if (rateCode === 12) pos += 1;
  else if (rateCode === 13 || rateCode === 14) pos += 2;
  if (pos + 1 > buffer.length || crc8(buffer.subarray(at, pos)) !== buffer[pos]) return undefined;
  const firstSample = variable ? coded.value : coded.value * info.maxBlockSize;
  return { offset: at, headerLength: pos + 1 - at, endSample: firstSample + blockSize };
}

/** FLAC's "UTF-8" coding of a frame or sample number (up to 36 bits). */
function readUtf8Number(buffer: Buffer, at: number): { value: number; length: number } | undefined {
  const first = buffer[at];
  if (first === undefined) return undefined;
  let extra = 0;
  let value: number;
  if (first < 0x80) value = first;
  else if ((first & 0xe0) === 0xc0) [extra, value] = [1, first & 0x1f];
  else if ((first & 0xf0) === 0xe0) [extra, value] = [2, first & 0x0f];
  else if ((first & 0xf8) === 0xf0) [extra, value] = [3, first & 0x07];
  else if ((first & 0xfc) === 0xf8) [extra, value] = [4, first & 0x03];
  else if ((first & 0xfe) === 0xfc) [extra, value] = [5, first & 0x01];
  else if (first === 0xfe) [extra, value] = [6, 0];
  else return undefined;
  for (let i = 1; i <= extra; i++) {
    const byte = buffer[at + i];
    if (byte === undefined || (byte & 0xc0) !== 0x80) return undefined;
    value = value * 64 + (byte & 0x3f);
  }
  return { value, length: extra + 1 };
}

function crc8(data: Buffer): number {
  let crc = 0;
  for (const byte of data) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit++) crc = crc & 0x80 ? ((crc << 1) ^ 0x07) & 0xff : (crc << 1) & 0xff;
  }
  return crc;
}

const CRC16_TABLE = Array.from({ length: 256 }, (_, n) => {
  let crc = n << 8;
  for (let bit = 0; bit < 8; bit++) crc = crc & 0x8000 ? ((crc << 1) ^ 0x8005) & 0xffff : (crc << 1) & 0xffff;
  return crc;
});

function crc16(data: Buffer): number {
  let crc = 0;
  for (const byte of data) crc = ((crc << 8) & 0xffff) ^ CRC16_TABLE[(crc >> 8) ^ byte]!;
  return crc;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
