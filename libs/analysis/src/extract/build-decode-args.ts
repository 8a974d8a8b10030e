import type { AnalysisWindow } from '@app/core';

export const ANALYSIS_SAMPLE_RATE = 44_100;

/**
 * One ffmpeg pass for a window of a track: stdout gets mono 44.1 kHz float PCM for essentia, and the `ebur128`
 * filter measures the same window on the original channels (a downmix would read quieter than the track) and
 * prints its summary on stderr.
 */
export function buildDecodeArgs(file: string, window: AnalysisWindow): string[] {
  const seek = window.startSeconds > 0 ? ['-ss', String(window.startSeconds)] : [];
  const length = window.durationSeconds === undefined ? [] : ['-t', String(window.durationSeconds)];
  return [
    '-hide_banner',
    '-nostats',
    '-nostdin',
    ...seek,
    ...length,
    '-i',
    file,
    '-filter_complex',
    `[0:a:0]asplit=2[pcm][meter];[meter]ebur128=framelog=verbose,anullsink;[pcm]aresample=${ANALYSIS_SAMPLE_RATE},aformat=sample_fmts=flt:channel_layouts=mono[out]`,
    '-map',
    '[out]',
    '-f',
    'f32le',
    '-',
  ];
}
