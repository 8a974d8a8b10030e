import { afterId3v2, type FileWindow } from './file-window.js';
import type { StructureVerdict } from './structure-verdict.js';

/** Where the first frame is looked for after the ID3v2 tag: encoders and taggers may leave padding. */
const HEAD_SEARCH_BYTES = 64 * 1024;
/** The longest MPEG audio frame (MPEG-2.5 layer III, 160 kbit/s at 8 kHz) and then some. */
const TAIL_BYTES = 8 * 1024;

const BITRATES_KBPS: Record<string, number[]> = {
  '1-1': [0, 32, 64, 96, 128, 160, 192, 224, 256, 288, 320, 352, 384, 416, 448],
  '1-2': [0, 32, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 384],
  '1-3': [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320],
  '2-1': [0, 32, 48, 56, 64, 80, 96, 112, 128, 144, 160, 176, 192, 224, 256],
  '2-2': [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160],
  '2-3': [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160],
};
const SAMPLE_RATES: Record<number, number[]> = {
  3: [44100, 48000, 32000],
  2: [22050, 24000, 16000],
  0: [11025, 12000, 8000],
};

interface MpegFrame {
  /** Version bits, layer bits and sample-rate index: what every frame of one stream shares. */
  stream: number;
  length: number;
}

/** The frame header at `at`, or undefined when the four bytes are not one (free-format frames included). */
export function mpegFrameAt(buffer: Buffer, at: number): MpegFrame | undefined {
  if (at + 4 > buffer.length || buffer[at] !== 0xff || (buffer[at + 1]! & 0xe0) !== 0xe0) return undefined;
  const versionBits = (buffer[at + 1]! >> 3) & 0x03;
  const layerBits = (buffer[at + 1]! >> 1) & 0x03;
  const bitrateIndex = buffer[at + 2]! >> 4;
  const rateIndex = (buffer[at + 2]! >> 2) & 0x03;
  if (versionBits === 1 || layerBits === 0 || bitrateIndex === 0 || bitrateIndex === 15 || rateIndex === 3) {
    return undefined;
  }
  const layer = 4 - layerBits;
  const kbps = BITRATES_KBPS[`${versionBits === 3 ? 1 : 2}-${layer}`]![bitrateIndex]!;
  const sampleRate = SAMPLE_RATES[versionBits]![rateIndex]!;
  const padding = (buffer[at + 2]! >> 1) & 0x01;
  let length: number;
  if (layer === 1) length = (Math.floor((12 * kbps * 1000) / sampleRate) + padding) * 4;
  else if (layer === 3 && versionBits !== 3) length = Math.floor((72 * kbps * 1000) / sampleRate) + padding;
  else length = Math.floor((144 * kbps * 1000) / sampleRate) + padding;
  return { stream: (versionBits << 4) | (layerBits << 2) | rateIndex, length };
}

/**
 * An MP3 is whole when, after its trailing tags, its last frame ends exactly at the end of the audio, and the
 * audio holds at least the bytes its Xing/Info header counts. Reads the head and the tail, not the audio.
 */
export async function checkMp3(file: FileWindow): Promise<StructureVerdict> {
  const start = await afterId3v2(file);
  const head = await file.read(start, HEAD_SEARCH_BYTES);
  const first = firstFrame(head);
  if (!first) return { kind: 'unknown' };
  const audioStart = start + first.offset;
  const audioEnd = await endOfAudio(file);
  if (audioEnd <= audioStart) return { kind: 'cut', reason: 'holds no whole audio frame' };
  const tailStart = Math.max(audioStart, audioEnd - TAIL_BYTES);
  const tail = await file.read(tailStart, audioEnd - tailStart);
  if (!endsWithWholeFrame(tail, first.frame.stream)) return { kind: 'cut', reason: 'ends inside a frame' };
  const declared = xingBytes(head, first.offset, first.frame.length);
  if (declared !== undefined && audioEnd - audioStart < declared) {
    return { kind: 'cut', reason: `holds ${audioEnd - audioStart} of the ${declared} audio bytes its header claims` };
  }
  return { kind: 'whole', durationMs: 0 };
}

/** The first frame that the next one follows, so that stray sync bits in padding are not taken for audio. */
function firstFrame(head: Buffer): { offset: number; frame: MpegFrame } | undefined {
  for (let at = 0; at + 4 <= head.length; at++) {
    const frame = mpegFrameAt(head, at);
    if (!frame) continue;
    const next = mpegFrameAt(head, at + frame.length);
    if (next?.stream === frame.stream || at + frame.length === head.length) return { offset: at, frame };
  }
  return undefined;
}

function endsWithWholeFrame(tail: Buffer, stream: number): boolean {
  for (let at = tail.length - 4; at >= 0; at--) {
    const frame = mpegFrameAt(tail, at);
    if (frame?.stream === stream && at + frame.length === tail.length) return true;
  }
  return false;
}

/** The end of the audio before the tags that may follow it: ID3v1, APEv2 and Lyrics3v2, in any order. */
async function endOfAudio(file: FileWindow): Promise<number> {
  let end = file.size;
  for (let round = 0; round < 4; round++) {
    const tail = await file.read(Math.max(0, end - 128), Math.min(128, end));
    const text = (from: number, length: number) => tail.toString('latin1', from, from + length);
    if (tail.length === 128 && text(0, 3) === 'TAG') {
      end -= 128;
    } else if (tail.length >= 32 && text(tail.length - 32, 8) === 'APETAGEX') {
      const footer = tail.subarray(tail.length - 32);
      const size = footer.readUInt32LE(12);
      const hasHeader = (footer.readUInt32LE(20) & 0x80000000) !== 0;
      end -= size + (hasHeader ? 32 : 0);
    } else if (tail.length >= 15 && text(tail.length - 9, 9) === 'LYRICS200') {
      end -= Number(text(tail.length - 15, 6)) + 15;
    } else {
      return end;
    }
    if (!Number.isFinite(end) || end < 0) return 0;
  }
  return end;
}

/** The byte count of a Xing/Info header in the first frame, when it has one. */
function xingBytes(head: Buffer, offset: number, length: number): number | undefined {
  const frame = head.subarray(offset, offset + length);
  for (const tag of ['Xing', 'Info']) {
    const at = frame.indexOf(tag, 4, 'latin1');
    if (at < 0 || at + 16 > frame.length) continue;
    const flags = frame.readUInt32BE(at + 4);
    if ((flags & 0x02) === 0) return undefined;
    return frame.readUInt32BE(at + ((flags & 0x01) !== 0 ? 12 : 8));
  }
  return undefined;
}
