import { parseEbur128Summary } from './parse-ebur128.js';

// Verbatim ffmpeg 5.1 stderr tails (`-af ebur128`): a 440 Hz sine and digital silence.
const SINE = `[Parsed_ebur128_0 @ 0x56316c06dcc0] t: 4.99998    TARGET:-23 LUFS    M: -21.8 S: -21.8     I: -21.8 LUFS       LRA:   0.0 LU
[Parsed_ebur128_0 @ 0x56316c06dcc0] Summary:

  Integrated loudness:
    I:         -14.3 LUFS
    Threshold: -24.6 LUFS

  Loudness range:
    LRA:         6.2 LU
    Threshold: -34.5 LUFS
    LRA low:   -19.1 LUFS
    LRA high:  -12.9 LUFS
`;
const SILENCE = `[Parsed_ebur128_0 @ 0x55bbd466bc80] Summary:

  Integrated loudness:
    I:         -70.0 LUFS
    Threshold:   0.0 LUFS

  Loudness range:
    LRA:         0.0 LU
    Threshold:   0.0 LUFS
    LRA low:     0.0 LUFS
    LRA high:    0.0 LUFS
`;

describe('parseEbur128Summary', () => {
  it.each([
    ['a loud track, ignoring the last per-frame line', SINE, { integratedLufs: -14.3, rangeLu: 6.2 }],
    [
      'the last of two summaries',
      SILENCE + SINE.split('\n').slice(1).join('\n'),
      { integratedLufs: -14.3, rangeLu: 6.2 },
    ],
    ['silence', SILENCE, { integratedLufs: -70, rangeLu: 0 }],
    ['minus infinity', SILENCE.replace('-70.0', '-inf'), { integratedLufs: -70, rangeLu: 0 }],
  ])('reads %s', (_, stderr, expected) => {
    expect(parseEbur128Summary(stderr)).toEqual(expected);
  });

  it.each([
    ['no summary', 'Input #0, lavfi, from sine:\n  Stream #0:0: Audio: pcm_s16le'],
    ['a summary without a range', SINE.replace(/LRA:\s+6\.2 LU/, '')],
    ['nothing', ''],
  ])('gives up on %s', (_, stderr) => {
    expect(parseEbur128Summary(stderr)).toBeUndefined();
  });
});
