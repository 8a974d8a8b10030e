import type { ImageInfo } from './image-info.js';

/** ffmpeg's demuxer for each image type, named so it never has to guess from a pipe. */
const DEMUXERS: Record<ImageInfo['mimeType'], string> = {
  'image/jpeg': 'jpeg_pipe',
  'image/png': 'png_pipe',
  'image/webp': 'webp_pipe',
};

/**
 * ffmpeg argv that reads an image from stdin and writes it to `output` as a baseline JPEG whose longest edge is
 * at most `maxEdge` (a smaller image keeps its size), without the source's metadata.
 */
export function buildCoverArgs(input: ImageInfo['mimeType'], maxEdge: number, output: string): string[] {
  const edge = Math.floor(maxEdge);
  return [
    '-hide_banner',
    '-loglevel',
    'error',
    '-f',
    DEMUXERS[input],
    '-i',
    'pipe:0',
    '-map_metadata',
    '-1',
    '-vf',
    `scale=w='min(iw,${edge})':h='min(ih,${edge})':force_original_aspect_ratio=decrease`,
    '-frames:v',
    '1',
    '-c:v',
    'mjpeg',
    // 4:2:0 full-range JPEG: what car stereos and older players decode.
    '-pix_fmt',
    'yuvj420p',
    '-q:v',
    '2',
    '-f',
    'image2',
    '-y',
    output,
  ];
}
