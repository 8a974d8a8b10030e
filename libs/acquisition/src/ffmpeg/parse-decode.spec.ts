import { decodedDurationMs, decodeErrorLines } from './parse-decode.js';

// Verbatim ffmpeg 5.1 stderr of a faststart m4a cut in half.
const HALF_M4A = `[mov,mp4,m4a,3gp,3g2,mj2 @ 0x55f110b90140] [warning] Packet corrupt (stream = 0, dts = 436224).
[warning] half-long-fs.m4a: corrupt input packet in stream 0
[aac @ 0x55f110ba4d80] [error] Input buffer exhausted before END element found
[error] Error while decoding stream #0:0: Invalid data found when processing input
[mov,mp4,m4a,3gp,3g2,mj2 @ 0x55f110b90140] [error] stream 0, offset 0x279ac: partial file
[info] size=N/A time=00:00:09.89 bitrate=N/A speed= 255x
`;

describe('decodeErrorLines', () => {
  it('finds error lines, not warnings', () => {
    expect(decodeErrorLines(HALF_M4A)).toEqual([
      '[aac @ 0x55f110ba4d80] [error] Input buffer exhausted before END element found',
      '[error] Error while decoding stream #0:0: Invalid data found when processing input',
      '[mov,mp4,m4a,3gp,3g2,mj2 @ 0x55f110b90140] [error] stream 0, offset 0x279ac: partial file',
    ]);
  });

  it.each([
    [
      'a half mp3 (only a warning)',
      '[mp3 @ 0x55c250b3f140] [warning] filesize and duration do not match (growing file?)\n',
    ],
    ['a title that mentions [error] ', '[info]     title           : My [error] song\n'],
  ])('ignores %s', (_name, stderr) => {
    expect(decodeErrorLines(stderr)).toEqual([]);
  });
});

describe('decodedDurationMs', () => {
  it.each([
    [
      'the last progress block',
      'out_time_us=0\nout_time_ms=0\nprogress=continue\nout_time_us=9979841\nprogress=end\n',
      9980,
    ],
    ['N/A values', 'out_time_us=N/A\nprogress=end\n', undefined],
    ['no progress', '', undefined],
  ])('%s', (_name, progress, expected) => {
    expect(decodedDurationMs(progress)).toBe(expected);
  });
});
