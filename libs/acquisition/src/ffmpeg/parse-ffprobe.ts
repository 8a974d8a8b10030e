import { PermanentError } from '@app/core';
import { type AudioInfo, isLosslessCodec } from './audio-info.js';

interface ProbeStream {
  codec_type?: string;
  codec_name?: string;
  sample_rate?: string;
  channels?: number;
  bit_rate?: string;
  duration?: string;
  disposition?: { attached_pic?: number };
}

interface ProbeFormat {
  format_name?: string;
  duration?: string;
  bit_rate?: string;
}

interface ProbeOutput {
  streams?: ProbeStream[];
  format?: ProbeFormat;
}

// ffprobe names demuxers by every extension they accept; these are the families a library cares about.
const CONTAINER_NAMES: Record<string, string> = {
  'mov,mp4,m4a,3gp,3g2,mj2': 'mp4',
  'matroska,webm': 'matroska',
};

/** Turns `ffprobe -print_format json -show_format -show_streams` output into an AudioInfo. */
export function parseFfprobe(json: string): AudioInfo {
  const probe = JSON.parse(json) as ProbeOutput;
  const streams = probe.streams ?? [];
  const audio = streams.find((s) => s.codec_type === 'audio');
  if (!audio?.codec_name) throw new PermanentError('The file has no audio stream');
  const format = probe.format ?? {};
  const durationMs = seconds(audio.duration) ?? seconds(format.duration);
  if (durationMs === undefined) throw new PermanentError('ffprobe reports no duration for the audio stream');
  const onlyStream = streams.length === 1;
  return withoutUndefined({
    codec: audio.codec_name,
    container: containerName(format.format_name),
    durationMs,
    bitrate: integer(audio.bit_rate) ?? (onlyStream ? integer(format.bit_rate) : undefined),
    sampleRate: integer(audio.sample_rate),
    channels: audio.channels,
    lossless: isLosslessCodec(audio.codec_name),
  });
}

function containerName(formatName: string | undefined): string {
  if (!formatName) return 'unknown';
  return CONTAINER_NAMES[formatName] ?? formatName.split(',')[0] ?? formatName;
}

function seconds(value: string | undefined): number | undefined {
  const n = value === undefined ? NaN : Number(value);
  return Number.isFinite(n) ? Math.round(n * 1000) : undefined;
}

function integer(value: string | undefined): number | undefined {
  const n = value === undefined ? NaN : Number.parseInt(value, 10);
  return Number.isFinite(n) ? n : undefined;
}

function withoutUndefined(info: AudioInfo): AudioInfo {
  return Object.fromEntries(Object.entries(info).filter(([, v]) => v !== undefined)) as unknown as AudioInfo;
}
