import { formatGain, formatPeak, parseGain, parsePeak, r128TrackGain } from './replay-gain.js';

describe('ReplayGain values', () => {
  it.each([
    [-6.52, '-6.52 dB'],
    [-6.5, '-6.50 dB'],
    [1.234, '1.23 dB'],
    [0, '0.00 dB'],
    [-0.001, '0.00 dB'],
    [-12.345, '-12.35 dB'],
  ])('gain %d is written as %j', (gain, text) => {
    expect(formatGain(gain)).toBe(text);
  });

  it.each([
    [0.988553, '0.988553'],
    [1, '1.000000'],
    [0.5, '0.500000'],
    [0.12345678, '0.123457'],
  ])('peak %d is written as %j', (peak, text) => {
    expect(formatPeak(peak)).toBe(text);
  });

  it.each([
    ['-6.52 dB', -6.52],
    ['+1.50 dB', 1.5],
    ['-6.52', -6.52],
    ['  -6.52 DB ', -6.52],
    ['0 dB', 0],
  ])('reads gain %j', (text, gain) => {
    expect(parseGain(text)).toBe(gain);
  });

  it.each(['', 'loud', '-6.52 LUFS', 'dB', undefined])('reads no gain from %j', (text) => {
    expect(parseGain(text)).toBeUndefined();
  });

  it.each([
    ['0.988553', 0.988553],
    ['1', 1],
  ])('reads peak %j', (text, peak) => {
    expect(parsePeak(text)).toBe(peak);
  });

  it.each(['', '-0.5', 'max', undefined])('reads no peak from %j', (text) => {
    expect(parsePeak(text)).toBeUndefined();
  });

  it.each([
    [-6.52, '-2949'],
    [5, '0'],
    [0, '-1280'],
    [-200, '-32768'],
  ])('gives Opus players gain %d as R128_TRACK_GAIN %j', (gain, q78) => {
    expect(r128TrackGain(gain)).toBe(q78);
  });
});
