import { FRAME_SIZE, HOP_SIZE, spectralFrames } from './spectral-frames.js';

const RATE = 44_100;

function sine(hz: number, seconds: number, gain: number): Float32Array {
  return Float32Array.from({ length: seconds * RATE }, (_, i) => gain * Math.sin((2 * Math.PI * hz * i) / RATE));
}

describe('spectralFrames', () => {
  it('puts the centroid of a pure tone at its frequency and its energy at the sum of squares', () => {
    const frames = spectralFrames(sine(1000, 2, 0.5), RATE);
    // A Hann-windowed sine leaks into a few neighbouring bins of 21.5 Hz each.
    expect(Math.abs(frames.spectralCentroidHz - 1000)).toBeLessThan(25);
    expect(frames.energy).toBeCloseTo((FRAME_SIZE * 0.25) / 2, 0);
  });

  it('gives a higher centroid and a different MFCC shape to a higher tone', () => {
    const low = spectralFrames(sine(200, 1, 0.5), RATE);
    const high = spectralFrames(sine(4000, 1, 0.5), RATE);
    expect(high.spectralCentroidHz).toBeGreaterThan(low.spectralCentroidHz * 10);
    expect(low.mfccMeans).toHaveLength(13);
    expect(high.mfccMeans[1]).not.toBeCloseTo(low.mfccMeans[1]!, 0);
  });

  it('peaks its onset strength where a click starts and stays flat elsewhere', () => {
    const pcm = new Float32Array(RATE);
    const clickAt = Math.round(0.5 * RATE);
    for (let i = 0; i < 0.02 * RATE; i++) pcm[clickAt + i] = 0.8 * Math.sin((2 * Math.PI * 1000 * i) / RATE);
    const { onsetStrength, onsetRateHz } = spectralFrames(pcm, RATE);
    expect(onsetRateHz).toBeCloseTo(RATE / HOP_SIZE, 5);
    const peak = onsetStrength.indexOf(Math.max(...onsetStrength));
    const peakSeconds = (peak * HOP_SIZE + FRAME_SIZE / 2) / RATE;
    expect(Math.abs(peakSeconds - 0.5)).toBeLessThan(0.05);
    expect(onsetStrength[2]).toBe(0);
  });

  it('reports silence as zero energy and centroid', () => {
    const frames = spectralFrames(new Float32Array(RATE), RATE);
    expect(frames.energy).toBe(0);
    expect(frames.spectralCentroidHz).toBe(0);
  });

  it('has no frames in less than one frame of audio', () => {
    const frames = spectralFrames(new Float32Array(FRAME_SIZE - 1), RATE);
    expect(frames.onsetStrength).toHaveLength(0);
    expect(frames.energy).toBe(0);
  });
});
