import { diversity } from './diversity.js';

describe('diversity', () => {
  it.each<[string, number[], number]>([
    ['nothing played', [], 0],
    ['one artist only', [40], 0],
    ['two artists equally', [5, 5], 1],
    ['four artists equally', [3, 3, 3, 3], 1],
    ['one artist dominating', [97, 1, 1, 1], 0.121],
    ['zero counts ignored', [5, 5, 0], 1],
  ])('%s → %p', (_, counts, expected) => {
    expect(diversity(counts)).toBeCloseTo(expected, 3);
  });
});
