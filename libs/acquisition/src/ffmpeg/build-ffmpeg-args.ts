import type { AudioInfo } from './audio-info.js';

export type OutputPolicy = 'original' | 'mp3-v0' | 'mp3-320' | 'flac';

export const OUTPUT_POLICIES: readonly OutputPolicy[] = ['original', 'mp3-v0', 'mp3-320', 'flac'];

export interface ConversionPlan {
  kind: 'convert';
  extension: 'opus' | 'm4a' | 'ogg' | 'mp3' | 'flac';
  /** ffmpeg muxer; named explicitly because the output is first written under a temporary name. */
  muxer: 'opus' | 'ipod' | 'ogg' | 'mp3' | 'flac';
  reencode: boolean;
  codecArgs: string[];
}

export interface ConversionRefusal {
  kind: 'refused';
  reason: string;
}

const COPY = ['-c:a', 'copy'];
// libmp3lame accepts at most 48 kHz; hi-res sources would fail to encode.
const MP3_MAX_SAMPLE_RATE = 48_000;

const REMUX: Record<string, Omit<ConversionPlan, 'kind' | 'reencode' | 'codecArgs'>> = {
  opus: { extension: 'opus', muxer: 'opus' },
  aac: { extension: 'm4a', muxer: 'ipod' },
  alac: { extension: 'm4a', muxer: 'ipod' },
  vorbis: { extension: 'ogg', muxer: 'ogg' },
  mp3: { extension: 'mp3', muxer: 'mp3' },
  flac: { extension: 'flac', muxer: 'flac' },
};

/** Decides what to do with a source under a policy. Never turns lossy audio into a lossless format. */
export function planConversion(source: AudioInfo, policy: OutputPolicy): ConversionPlan | ConversionRefusal {
  switch (policy) {
    case 'original':
      return planOriginal(source);
    case 'mp3-v0':
      return planMp3(source, ['-q:a', '0']);
    case 'mp3-320':
      return planMp3(source, ['-b:a', '320k']);
    case 'flac':
      return planFlac(source);
  }
}

function planOriginal(source: AudioInfo): ConversionPlan | ConversionRefusal {
  const remux = REMUX[source.codec];
  if (remux) return { kind: 'convert', ...remux, reencode: false, codecArgs: COPY };
  // PCM, WavPack, APE and TTA have no widely taggable audio-only home; FLAC keeps every bit.
  if (source.lossless) return flacEncode();
  return {
    kind: 'refused',
    reason: `${source.codec} audio cannot be kept as it is; choose the mp3 output policy for this source`,
  };
}

function planMp3(source: AudioInfo, quality: string[]): ConversionPlan {
  // Re-encoding MP3 to MP3 only loses quality; the source already has the format the policy asks for.
  if (source.codec === 'mp3')
    return { kind: 'convert', extension: 'mp3', muxer: 'mp3', reencode: false, codecArgs: COPY };
  const resample = (source.sampleRate ?? 0) > MP3_MAX_SAMPLE_RATE ? ['-ar', '48000'] : [];
  return {
    kind: 'convert',
    extension: 'mp3',
    muxer: 'mp3',
    reencode: true,
    codecArgs: ['-c:a', 'libmp3lame', ...quality, ...resample],
  };
}

function planFlac(source: AudioInfo): ConversionPlan | ConversionRefusal {
  if (!source.lossless) {
    return {
      kind: 'refused',
      reason:
        `flac from a lossy source would pretend to be lossless: the ${source.codec} source has already ` +
        'thrown information away; choose original or mp3 for it',
    };
  }
  if (source.codec === 'flac') return { kind: 'convert', ...REMUX.flac!, reencode: false, codecArgs: COPY };
  return flacEncode();
}

function flacEncode(): ConversionPlan {
  return { kind: 'convert', extension: 'flac', muxer: 'flac', reencode: true, codecArgs: ['-c:a', 'flac'] };
}

/** Argv for one conversion: the first audio stream only, no video or cover, no tags (they are written later). */
export function buildFfmpegArgs(input: string, output: string, plan: ConversionPlan): string[] {
  const faststart = plan.muxer === 'ipod' ? ['-movflags', '+faststart'] : [];
  return [
    '-hide_banner',
    '-nostdin',
    '-loglevel',
    'error',
    '-y',
    '-i',
    input,
    '-map',
    '0:a:0',
    '-vn',
    '-map_metadata',
    '-1',
    '-map_chapters',
    '-1',
    ...plan.codecArgs,
    ...faststart,
    '-f',
    plan.muxer,
    output,
  ];
}

export function buildProbeArgs(file: string): string[] {
  return ['-v', 'error', '-print_format', 'json', '-show_format', '-show_streams', file];
}

export const SILENCE_FILTER = 'silencedetect=noise=-60dB:d=0.5';

/**
 * One decoding pass for loudness, silence and decode errors. `level+info` marks error lines so they can be
 * counted; `framelog=verbose` keeps ebur128's ten lines per second out of the info log; `-progress` reports
 * how far decoding really got. No `-xerror`: it would stop at the first bad packet and lose the measurements.
 */
export function buildAnalyseArgs(file: string): string[] {
  return [
    '-hide_banner',
    '-nostdin',
    '-nostats',
    '-loglevel',
    'level+info',
    '-i',
    file,
    '-map',
    '0:a:0',
    '-vn',
    '-af',
    `ebur128=peak=true:framelog=verbose,${SILENCE_FILTER}`,
    '-progress',
    'pipe:1',
    '-f',
    'null',
    '-',
  ];
}
