import { offbeatStrengthRatio, type OnsetEnvelope, tempoOctave } from './tempo-octave.js';

const RATE_HZ = 100;

/** An onset envelope with a pulse of `height` at each given time. */
function envelope(pulses: Array<[seconds: number, height: number]>, seconds = 10): OnsetEnvelope {
  const strength = new Float32Array(seconds * RATE_HZ);
  for (const [t, height] of pulses) strength[Math.round(t * RATE_HZ)] = height;
  return { strength, rateHz: RATE_HZ, offsetSeconds: 0 };
}

const beatsEvery = (period: number, count: number) => Array.from({ length: count }, (_, i) => 0.5 + i * period);

describe('offbeatStrengthRatio', () => {
  it('is about 1 when every half-beat has an onset as strong as the beats (a fast pulse tracked at half tempo)', () => {
    const beats = beatsEvery(60 / 87, 12);
    const clicks = beatsEvery(30 / 87, 24).map((t): [number, number] => [t, 1]);
    expect(offbeatStrengthRatio(beats, envelope(clicks))).toBeCloseTo(1, 5);
  });

  it('is the hi-hat to kick ratio when quieter off-beats sit between strong beats', () => {
    const beats = beatsEvery(0.5, 16);
    const pulses = beats.flatMap((t): Array<[number, number]> => [
      [t, 1],
      [t + 0.25, 0.3],
    ]);
    expect(offbeatStrengthRatio(beats, envelope(pulses))).toBeCloseTo(0.3, 5);
  });

  it('finds an onset a frame or two away from the tick', () => {
    const beats = beatsEvery(0.5, 8);
    const late = beats.flatMap((t): Array<[number, number]> => [
      [t + 0.02, 1],
      [t + 0.27, 1],
    ]);
    expect(offbeatStrengthRatio(beats, envelope(late))).toBeCloseTo(1, 5);
  });

  it('is 0 without beats or onsets', () => {
    expect(offbeatStrengthRatio([], envelope([]))).toBe(0);
    expect(offbeatStrengthRatio(beatsEvery(0.5, 8), envelope([]))).toBe(0);
  });
});

describe('tempoOctave', () => {
  it.each([
    [87, 0.98, 174],
    [87, 0.3, 87],
    [120, 0.95, 120], // 240 BPM is beyond what the trackers look for
    [0, 1, 0],
  ])('reports %f BPM with off-beats at %f of the beats as %f BPM', (bpm, ratio, expected) => {
    expect(tempoOctave(bpm, ratio, 208, 0.75)).toBe(expected);
  });
});
