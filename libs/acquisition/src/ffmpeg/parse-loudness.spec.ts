import { parseLoudness } from './parse-loudness.js';

// Verbatim ffmpeg 5.1 stderr (`-loglevel level+info`, ebur128=peak=true:framelog=verbose).
const summary = (integrated: string, peak: string) => `[info] size=N/A time=00:00:10.00 bitrate=N/A speed= 240x
[info] video:0kB audio:938kB subtitle:0kB other streams:0kB global headers:0kB muxing overhead: unknown
[Parsed_ebur128_0 @ 0x55a5aca5d480] [info] Summary:

  Integrated loudness:
    I:         ${integrated} LUFS
    Threshold: -51.1 LUFS

  Loudness range:
    LRA:         0.0 LU
    Threshold: -61.1 LUFS
    LRA low:   -41.1 LUFS
    LRA high:  -41.1 LUFS

  True peak:
    Peak:      ${peak} dBFS
`;

describe('parseLoudness', () => {
  it.each([
    ['a quiet 1 kHz sine', summary('-41.1', '-38.1'), -41.1, -38.1, 23.1, 0.012445],
    ['a 440 Hz sine', summary('-22.2', '-18.5'), -22.2, -18.5, 4.2, 0.11885],
    ['a loud master', summary(' -7.9', '  0.6'), -7.9, 0.6, -10.1, 1.071519],
    ['silence', summary('-70.0', ' -inf'), -70, -Infinity, 52, 0],
  ])('%s', (_name, stderr, integratedLufs, truePeakDbfs, trackGainDb, trackPeak) => {
    expect(parseLoudness(stderr)).toEqual({ integratedLufs, truePeakDbfs, trackGainDb, trackPeak });
  });

  it('ignores per-frame lines that come before the summary', () => {
    const frames =
      '[Parsed_ebur128_0 @ 0x5] [verbose] t: 0.0999792  TARGET:-23 LUFS    M:-120.7 S:-120.7     I: -70.0 LUFS\n';
    expect(parseLoudness(frames + summary('-41.1', '-38.1'))?.integratedLufs).toBe(-41.1);
  });

  it.each([
    ['no summary', '[error] x.m4a: Invalid data found when processing input\n'],
    ['an empty log', ''],
    ['frame lines only', '[Parsed_ebur128_0 @ 0x5] [info] t: 0.1 TARGET:-23 LUFS M:-41.1 S:-41.1 I: -41.1 LUFS\n'],
  ])('returns undefined for %s', (_name, stderr) => {
    expect(parseLoudness(stderr)).toBeUndefined();
  });
});
