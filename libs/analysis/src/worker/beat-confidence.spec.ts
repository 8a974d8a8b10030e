import { beatConfidence, beatEvidence, confidenceFrom, MAX_BEAT_CONFIDENCE } from './beat-confidence.js';
import { seededRandom } from '../../test/support/synth.js';
import type { OnsetEnvelope } from './tempo-octave.js';

const RATE_HZ = 100;
const SECONDS = 20;

function envelope(pulses: number[], noise = 0, seed = 1): OnsetEnvelope {
  const random = seededRandom(seed);
  const strength = Float32Array.from({ length: SECONDS * RATE_HZ }, () => noise * random());
  for (const t of pulses) strength[Math.round(t * RATE_HZ)]! += 1;
  return { strength, rateHz: RATE_HZ, offsetSeconds: 0 };
}

const every = (period: number, from = 0.5) =>
  Array.from({ length: Math.floor((SECONDS - from) / period) }, (_, i) => from + i * period);
const randomTimes = (count: number, seed: number) => {
  const random = seededRandom(seed);
  return Array.from({ length: count }, () => random() * (SECONDS - 0.5)).sort((a, b) => a - b);
};

describe('beatEvidence', () => {
  it.each<
    [
      string,
      number[],
      number[],
      { periodicity: [number, number]; contrast: [number, number]; regularity: [number, number] },
    ]
  >([
    [
      'pulses on every tracked beat',
      every(0.5),
      every(0.5),
      { periodicity: [0.9, 1.01], contrast: [3.9, 4], regularity: [0.99, 1] },
    ],
    [
      'beats tracked over onsets at random moments',
      every(0.5),
      randomTimes(40, 3),
      { periodicity: [-0.2, 0.2], contrast: [0, 2], regularity: [0.99, 1] },
    ],
    [
      'uneven beats over uneven onsets',
      randomTimes(40, 5),
      randomTimes(40, 5),
      { periodicity: [-0.2, 0.3], contrast: [0.5, 4], regularity: [0, 0.5] },
    ],
  ])('%s', (_, beats, pulses, expected) => {
    const evidence = beatEvidence(beats, envelope(pulses, 0.05));
    for (const name of ['periodicity', 'contrast', 'regularity'] as const) {
      const [low, high] = expected[name];
      expect(evidence[name]).toBeGreaterThanOrEqual(low);
      expect(evidence[name]).toBeLessThanOrEqual(high);
    }
  });

  it('finds no evidence without beats, and no onset evidence without onsets', () => {
    expect(beatEvidence([], envelope(every(0.5)))).toEqual({ periodicity: 0, contrast: 0, regularity: 0, attack: 0 });
    // Even beats stay even over a silent curve; only the onsets say nothing.
    expect(beatEvidence(every(0.5), envelope([]))).toEqual({ periodicity: 0, contrast: 0, regularity: 1, attack: 0 });
  });
});

describe('beatConfidence', () => {
  // Onset strengths in the curve's own units (summed mel-band flux): a click or a drum hit measures about 18.
  const HIT = 18;
  const strong = (pulses: number[], noise: number, seed = 1) => {
    const curve = envelope(pulses, noise, seed);
    for (const t of pulses) curve.strength[Math.round(t * RATE_HZ)]! += HIT - 1;
    return curve;
  };

  it.each<[string, 'clear' | 'uncertain', number[], OnsetEnvelope]>([
    ['even beats on drum hits', 'clear', every(0.5), strong(every(0.5), 0.5)],
    ['even beats on faster drum hits', 'clear', every(0.35), strong(every(0.35), 0.5)],
    ['uneven beats over hits at random moments', 'uncertain', randomTimes(40, 5), strong(randomTimes(60, 6), 0.5)],
    ['uneven beats over noise', 'uncertain', randomTimes(40, 7), envelope([], HIT, 9)],
  ])('rates %s %s, within 0–5.32', (_, expected, beats, curve) => {
    const confidence = beatConfidence(beats, curve);
    expect(confidence >= 3.5 ? 'clear' : 'uncertain').toBe(expected);
    expect(confidence).toBeGreaterThanOrEqual(0);
    expect(confidence).toBeLessThanOrEqual(MAX_BEAT_CONFIDENCE);
  });

  it('is 0 with fewer than three beats', () => {
    expect(beatConfidence([1, 1.5], envelope(every(0.5)))).toBe(0);
  });

  it('keeps the weighted sum inside the scale', () => {
    const weights = {
      intercept: 1,
      periodicity: 10,
      contrast: 10,
      regularity: 10,
      attack: 0,
      periodicityTimesAttack: 0,
    };
    expect(confidenceFrom({ periodicity: 1, contrast: 4, regularity: 1, attack: 0 }, weights)).toBe(
      MAX_BEAT_CONFIDENCE,
    );
    expect(
      confidenceFrom({ periodicity: -1, contrast: 0, regularity: 0, attack: 0 }, { ...weights, intercept: 0 }),
    ).toBe(0);
    expect(
      confidenceFrom({ periodicity: 0.5, contrast: 0, regularity: 0, attack: 0 }, { ...weights, intercept: 0 }),
    ).toBe(5);
  });
});
