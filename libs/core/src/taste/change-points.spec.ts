import { cusumChangePoints } from './change-points.js';
import { seededRandom } from './seeded-random.js';

const noisy = (levels: number[], seed = 7, noise = 0.03) => {
  const random = seededRandom(seed);
  return levels.map((level) => level + (random() - 0.5) * 2 * noise);
};

describe('cusumChangePoints', () => {
  it.each<[string, number[], { index: number; direction: 'up' | 'down' }[]]>([
    ['a step up at index 7', [...Array(7).fill(0.3), ...Array(9).fill(0.7)], [{ index: 7, direction: 'up' }]],
    ['a step down at index 5', [...Array(5).fill(0.8), ...Array(8).fill(0.4)], [{ index: 5, direction: 'down' }]],
    [
      'up then back down',
      [...Array(5).fill(0.3), ...Array(6).fill(0.7), ...Array(6).fill(0.3)],
      [
        { index: 5, direction: 'up' },
        { index: 11, direction: 'down' },
      ],
    ],
    ['no shift', Array(16).fill(0.5), []],
  ])('%s', (_, levels, expected) => {
    expect(cusumChangePoints(noisy(levels), { threshold: 4 })).toEqual(expected);
  });

  it('skips weeks without data without moving the index', () => {
    const series = [0.3, 0.31, null, 0.29, 0.3, 0.7, 0.72, 0.69, 0.71];
    expect(cusumChangePoints(series, { threshold: 4 })).toEqual([{ index: 5, direction: 'up' }]);
  });

  it('misses a small shift under a high threshold and finds it under a low one', () => {
    const series = noisy([...Array(8).fill(0.5), ...Array(8).fill(0.56)], 3, 0.03);
    expect(cusumChangePoints(series, { threshold: 40 })).toEqual([]);
    expect(cusumChangePoints(series, { threshold: 3 }).map((p) => p.direction)).toContain('up');
  });
});
