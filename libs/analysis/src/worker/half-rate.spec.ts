import { halfRate } from './half-rate.js';

const RATE = 44_100;

function sine(hz: number, samples: number): Float32Array {
  return Float32Array.from({ length: samples }, (_, i) => Math.sin((2 * Math.PI * hz * i) / RATE));
}

const peak = (samples: Float32Array) => samples.reduce((max, s) => Math.max(max, Math.abs(s)), 0);

describe('halfRate', () => {
  it('keeps a 440 Hz tone at the same frequency and almost the same level, at half the samples', () => {
    const out = halfRate(sine(440, RATE));
    expect(out).toHaveLength(RATE / 2);
    expect(peak(out)).toBeGreaterThan(0.99);
    // 440 Hz at 22.05 kHz: one period every 50.11 samples, so the tone crosses zero upwards near 50 and 100.
    const upward = [...out.keys()].filter((i) => i > 0 && out[i - 1]! < 0 && out[i]! >= 0);
    expect(upward.slice(0, 2).map((i) => Math.round(i / 10) * 10)).toEqual([50, 100]);
  });

  it('damps a 21 kHz tone, which would fold onto 1.05 kHz where the key reads, to less than a tenth', () => {
    expect(peak(halfRate(sine(21_000, RATE)))).toBeLessThan(0.1);
  });

  it('silences the highest frequency of the input, which would fold onto 0 Hz', () => {
    const nyquist = Float32Array.from({ length: 100 }, (_, i) => (i % 2 ? -1 : 1));
    expect(peak(halfRate(nyquist))).toBe(0);
  });

  it('drops an odd last sample', () => {
    expect(halfRate(Float32Array.from([1, 3, 5]))).toEqual(Float32Array.from([2]));
  });
});
