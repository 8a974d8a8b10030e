/** What ffprobe tells about the first audio stream of a file. */
export interface AudioInfo {
  codec: string;
  /** Normalised container name: ogg, matroska, mp4, mp3, flac, wav, … */
  container: string;
  durationMs: number;
  /** Bits per second; for single-stream files without a stream bitrate (Opus, FLAC) the container's. */
  bitrate?: number;
  sampleRate?: number;
  channels?: number;
  lossless: boolean;
}

const LOSSLESS_CODECS = new Set(['flac', 'alac', 'wavpack', 'ape', 'tta', 'mlp', 'truehd']);

export function isLosslessCodec(codec: string): boolean {
  return LOSSLESS_CODECS.has(codec) || codec.startsWith('pcm_');
}
