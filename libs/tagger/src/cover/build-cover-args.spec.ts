import { buildCoverArgs } from './build-cover-args.js';

describe('buildCoverArgs', () => {
  it('reads the image from stdin and writes a JPEG no larger than the edge, never enlarged', () => {
    expect(buildCoverArgs('image/png', 1200, '/data/tmp/job-1/tagged/cover-1.jpg')).toEqual([
      '-hide_banner',
      '-loglevel',
      'error',
      '-f',
      'png_pipe',
      '-i',
      'pipe:0',
      '-map_metadata',
      '-1',
      '-vf',
      "scale=w='min(iw,1200)':h='min(ih,1200)':force_original_aspect_ratio=decrease",
      '-frames:v',
      '1',
      '-c:v',
      'mjpeg',
      '-pix_fmt',
      'yuvj420p',
      '-q:v',
      '2',
      '-f',
      'image2',
      '-y',
      '/data/tmp/job-1/tagged/cover-1.jpg',
    ]);
  });

  it.each([
    ['image/jpeg', 'jpeg_pipe'],
    ['image/webp', 'webp_pipe'],
  ] as const)('names the demuxer for %s', (mimeType, demuxer) => {
    const args = buildCoverArgs(mimeType, 600, 'out.jpg');
    expect(args[args.indexOf('-f') + 1]).toBe(demuxer);
  });

  it('uses whole pixels for the edge', () => {
    expect(buildCoverArgs('image/png', 500.7, 'out.jpg')).toContain(
      "scale=w='min(iw,500)':h='min(ih,500)':force_original_aspect_ratio=decrease",
    );
  });
});
