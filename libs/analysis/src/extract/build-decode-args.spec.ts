import { buildDecodeArgs } from './build-decode-args.js';

const FILTER =
  '[0:a:0]asplit=2[pcm][meter];[meter]ebur128=framelog=verbose,anullsink;[pcm]aresample=44100,aformat=sample_fmts=flt:channel_layouts=mono[out]';

describe('buildDecodeArgs', () => {
  it('seeks to the window and limits its length before the input', () => {
    expect(buildDecodeArgs('/music/a b.flac', { startSeconds: 105, durationSeconds: 30 })).toEqual([
      '-hide_banner',
      '-nostats',
      '-nostdin',
      '-ss',
      '105',
      '-t',
      '30',
      '-i',
      '/music/a b.flac',
      '-filter_complex',
      FILTER,
      '-map',
      '[out]',
      '-f',
      'f32le',
      '-',
    ]);
  });

  it('reads the whole file when the window starts at 0 without a length', () => {
    expect(buildDecodeArgs('-rf.mp3', { startSeconds: 0 })).toEqual([
      '-hide_banner',
      '-nostats',
      '-nostdin',
      '-i',
      '-rf.mp3',
      '-filter_complex',
      FILTER,
      '-map',
      '[out]',
      '-f',
      'f32le',
      '-',
    ]);
  });
});
