import { onsetRate, onsetTimes } from './onset-rate.js';
import { seededRandom } from '../../test/support/synth.js';

const RATE_HZ = 100;

function curve(seconds: number, pulses: Array<[seconds: number, height: number]>, noise = 0): Float32Array {
  const random = seededRandom(4);
  const strength = Float32Array.from({ length: seconds * RATE_HZ }, () => noise * random());
  for (const [t, height] of pulses) strength[Math.round(t * RATE_HZ)]! += height;
  return strength;
}

describe('onsetTimes', () => {
  it.each<[string, Array<[number, number]>, number, number[]]>([
    [
      'three clear peaks',
      [
        [1, 10],
        [2, 10],
        [3.5, 10],
      ],
      0,
      [1, 2, 3.5],
    ],
    [
      'a quiet one among loud ones still counts',
      [
        [1, 10],
        [2, 3],
        [3, 10],
      ],
      0.1,
      [1, 2, 3],
    ],
    [
      'a ripple far below the loudest does not',
      [
        [1, 10],
        [2, 0.5],
        [3, 10],
      ],
      0,
      [1, 3],
    ],
    ['the ripples of noise are none: not three times the local median', [], 5, []],
    [
      'two peaks 30 ms apart are one onset',
      [
        [1, 10],
        [1.03, 9],
      ],
      0,
      [1],
    ],
  ])('%s', (_, pulses, noise, expected) => {
    expect(onsetTimes(curve(5, pulses, noise), RATE_HZ)).toEqual(expected);
  });

  it('finds none in silence or a curve too low to hold an onset', () => {
    expect(onsetTimes(new Float32Array(500), RATE_HZ)).toEqual([]);
    expect(onsetTimes(curve(5, [[1, 0.1]]), RATE_HZ)).toEqual([]);
  });
});

describe('onsetRate', () => {
  it('counts onsets per second of curve', () => {
    const pulses = Array.from({ length: 40 }, (_, i): [number, number] => [0.1 + i * 0.25, 5]);
    expect(onsetRate(curve(10, pulses, 0.2), RATE_HZ)).toBeCloseTo(4, 1);
    expect(onsetRate(new Float32Array(0), RATE_HZ)).toBe(0);
  });
});
