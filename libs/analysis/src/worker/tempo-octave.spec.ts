import { alternateBeatRatio, offbeatStrengthRatio, type OnsetEnvelope, tempoOctave } from './tempo-octave.js';

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

describe('alternateBeatRatio', () => {
  it('is the hi-hat to kick ratio when a slow loop is tracked on its beats and its off-beats', () => {
    const kicks = beatsEvery(60 / 70, 12);
    const ticks = beatsEvery(30 / 70, 24);
    const pulses = kicks.flatMap((t): Array<[number, number]> => [
      [t, 1],
      [t + 30 / 70, 0.2],
    ]);
    expect(alternateBeatRatio(ticks, envelope(pulses, 12))).toBeCloseTo(0.2, 5);
  });

  it('does not care which of the two phases the tracker started on', () => {
    const ticks = beatsEvery(0.25, 24);
    const pulses = ticks.map((t, i): [number, number] => [t, i % 2 ? 1 : 0.25]);
    expect(alternateBeatRatio(ticks, envelope(pulses))).toBeCloseTo(0.25, 5);
  });

  it('is the kick to kick-and-snare ratio on a loop tracked at its tempo', () => {
    const beats = beatsEvery(0.5, 16);
    const pulses = beats.map((t, i): [number, number] => [t, i % 2 ? 1 : 0.7]);
    expect(alternateBeatRatio(beats, envelope(pulses))).toBeCloseTo(0.7, 5);
  });

  it('is 1, no evidence, with fewer than four beats or no onsets', () => {
    expect(alternateBeatRatio(beatsEvery(0.5, 3), envelope([[0.5, 1]]))).toBe(1);
    expect(alternateBeatRatio(beatsEvery(0.5, 8), envelope([]))).toBe(1);
  });
});

describe('tempoOctave', () => {
  const range = { min: 40, max: 208 };
  const thresholds = { double: 0.75, halve: 0.25 };
  it.each([
    [87, 0.98, 0.9, 174],
    [87, 0.3, 0.9, 87],
    [120, 0.95, 0.9, 120], // 240 BPM is beyond what the trackers look for
    [140, 0.05, 0.2, 70],
    [140, 0.05, 0.3, 140],
    [70, 0.05, 0.1, 70], // 35 BPM is below what the trackers look for
    [0, 1, 0, 0],
  ])(
    'reports %f BPM with off-beats at %f and every second beat at %f of the others as %f BPM',
    (bpm, offbeatRatio, alternateRatio, expected) => {
      expect(tempoOctave(bpm, { offbeatRatio, alternateRatio }, range, thresholds)).toBe(expected);
    },
  );
});
