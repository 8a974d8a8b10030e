import { type File, MediaTypes } from 'node-taglib-sharp';
import { compact } from '../compact.js';
import type { AudioFormat, ReadResult } from '../file-tags.js';

/** Codec names as ffprobe gives them, from taglib's codec descriptions. */
const CODECS: [RegExp, string][] = [
  [/^MPEG Version .* Layer 3/, 'mp3'],
  [/^MPEG Version .* Layer 2/, 'mp2'],
  [/\(mp4a\)/, 'aac'],
  [/\(alac\)/, 'alac'],
  [/^Opus/, 'opus'],
  [/^Vorbis/, 'vorbis'],
  [/^FLAC/, 'flac'],
];

/** The audio stream's facts; the format follows the codec where the extension could be wrong (Opus in .ogg). */
export function audioProperties(file: File, format: AudioFormat, audioBytes: number): ReadResult['audio'] {
  const p = file.properties;
  const description = p?.codecs.find((c) => c && (c.mediaTypes & MediaTypes.Audio) !== 0)?.description ?? '';
  const codec = CODECS.find(([pattern]) => pattern.test(description))?.[1];
  const durationMs = p?.durationMilliseconds ? Math.round(p.durationMilliseconds) : undefined;
  return compact({
    format: format === 'ogg' && codec === 'opus' ? 'opus' : format === 'opus' && codec === 'vorbis' ? 'ogg' : format,
    codec,
    bitrate: bitrate(p?.audioBitrate, audioBytes, durationMs),
    sampleRate: p?.audioSampleRate || undefined,
    channels: p?.audioChannels || undefined,
    durationMs,
    lossless: isLosslessCodec(codec) || (p?.mediaTypes ?? 0) === MediaTypes.LosslessAudio,
  });
}

/** taglib's kbit/s, or (for Opus, where it has none) the audio bytes over the duration. */
function bitrate(kbps: number | undefined, audioBytes: number, durationMs: number | undefined): number | undefined {
  if (kbps) return Math.round(kbps * 1000);
  if (!durationMs || audioBytes <= 0) return undefined;
  return Math.round((audioBytes * 8 * 1000) / durationMs);
}

/** Codecs that keep every sample: a file in one of them beats any lossy copy of the same track. */
export function isLosslessCodec(codec: string | undefined | null): boolean {
  return ['flac', 'alac', 'wavpack', 'ape', 'tta'].includes((codec ?? '').toLowerCase());
}
