import type { TrackMetadata } from '@app/contracts';

/** The containers TrueTrack tags; `ogg` is Ogg Vorbis, `opus` is Ogg Opus. */
export const AUDIO_FORMATS = ['mp3', 'm4a', 'opus', 'ogg', 'flac'] as const;
export type AudioFormat = (typeof AUDIO_FORMATS)[number];

/** What TrueTrack writes into (and reads back from) a file's tags. */
export interface FileTags {
  /** `source` is `tags` when read back from a file. */
  metadata: TrackMetadata;
  replayGain?: { trackGainDb: number; trackPeak: number };
  /** Where the audio came from (the page of the downloaded source). */
  sourceUrl?: string;
}

export interface CoverImage {
  mimeType: string;
  data: Buffer;
  /** Pixel size, when known from the image itself. */
  width?: number;
  height?: number;
}

/** Everything one read of a file tells: its tags and the facts of its audio stream. */
export interface ReadResult {
  tags: FileTags;
  audio: {
    format: AudioFormat;
    codec?: string;
    /** Bits per second. */
    bitrate?: number;
    sampleRate?: number;
    channels?: number;
    durationMs?: number;
    lossless: boolean;
  };
  cover?: { mimeType: string; width?: number; height?: number; bytes: number };
}
