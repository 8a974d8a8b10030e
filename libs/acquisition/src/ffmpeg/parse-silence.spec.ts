import { parseSilence } from './parse-silence.js';

// Verbatim ffmpeg 5.1 stderr lines from silencedetect=noise=-60dB:d=0.5.
const SILENT_OPUS = `[silencedetect @ 0x5643f7a02d80] [info] silence_start: 0
[info] size=N/A time=00:00:08.00 bitrate=N/A speed= 134x
[silencedetect @ 0x5643f7a02d80] [info] silence_end: 8 | silence_duration: 8
`;
const GAPS = `[silencedetect @ 0x55c7b4355740] [info] silence_start: 0
[silencedetect @ 0x55c7b4355740] [info] silence_end: 2.00002 | silence_duration: 2.00002
[silencedetect @ 0x55c7b4355740] [info] silence_start: 5
[info] size=N/A time=00:00:07.00 bitrate=N/A speed= 144x
[silencedetect @ 0x55c7b4355740] [info] silence_end: 7 | silence_duration: 2
`;

describe('parseSilence', () => {
  it.each([
    ['a silent file', SILENT_OPUS, 8000, 8000],
    ['silence before and after a tone', GAPS, 7000, 4000],
    ['a start that never ends', '[silencedetect @ 0x1] [info] silence_start: 180.25\n', 200_000, 19_750],
    ['an encoder delay before zero', '[silencedetect @ 0x1] [info] silence_start: -0.0065\n', 1000, 1000],
    ['no silence', '[info] size=N/A time=00:03:00.00 bitrate=N/A speed= 240x\n', 180_000, 0],
  ])('%s', (_name, stderr, totalMs, silentMs) => {
    expect(parseSilence(stderr, totalMs)).toEqual({ silentMs, totalMs });
  });
});
