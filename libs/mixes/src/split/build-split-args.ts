import { framesToSeconds } from '../cue/cue-time.js';

/**
 * Lossless audio is cut to the sample: decoded and encoded again with the same lossless codec, which gives
 * back the same samples (a stream copy of FLAC or WAV can only cut at a block of 1024–4608 samples).
 * Lossy audio is copied, never re-encoded: cuts fall on the codec's frame edges (MP3 1152 samples ≈ 26 ms,
 * AAC 1024 ≈ 23 ms, Opus 20 ms), so a part can be off by one or two CD frames.
 */
const LOSSLESS: Record<string, string[]> = {
  flac: ['-c:a', 'flac'],
  alac: ['-c:a', 'alac'],
  wavpack: ['-c:a', 'wavpack'],
  pcm_s16le: ['-c:a', 'pcm_s16le'],
  pcm_s24le: ['-c:a', 'pcm_s24le'],
  pcm_s32le: ['-c:a', 'pcm_s32le'],
  pcm_f32le: ['-c:a', 'pcm_f32le'],
  pcm_s16be: ['-c:a', 'pcm_s16be'],
  pcm_s24be: ['-c:a', 'pcm_s24be'],
};

export const cutsToTheSample = (codec: string): boolean => codec in LOSSLESS;

export interface SplitPart {
  source: string;
  target: string;
  codec: string;
  startFrames: number;
  endFrames: number;
}

const seconds = (frames: number): string => framesToSeconds(frames).toFixed(6);

/** ffmpeg arguments cutting one part out of a mix; tags are left out (the part is tagged as its own recording). */
export function buildSplitArgs(part: SplitPart): string[] {
  return [
    ...['-hide_banner', '-nostdin', '-loglevel', 'error', '-y'],
    ...['-ss', seconds(part.startFrames), '-to', seconds(part.endFrames), '-i', part.source],
    ...['-map', '0:a:0', '-map_metadata', '-1', '-map_chapters', '-1'],
    ...(LOSSLESS[part.codec] ?? ['-c', 'copy']),
    part.target,
  ];
}
