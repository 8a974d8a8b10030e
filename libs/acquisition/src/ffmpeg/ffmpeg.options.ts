export interface FfmpegOptions {
  ffmpeg: string;
  ffprobe: string;
  /** Upper bound for one ffmpeg or ffprobe run. */
  timeoutMs: number;
}

export const FFMPEG_OPTIONS = Symbol('FFMPEG_OPTIONS');
