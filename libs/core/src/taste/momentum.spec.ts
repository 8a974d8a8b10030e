import { ema, momentum } from './momentum.js';

describe('ema (span 4)', () => {
  it('weighs each new week by 0.4 and carries over weeks without data', () => {
    expect(ema([[0], [1], null, [1]])).toEqual([[0], [0.4], [0.4], [expect.closeTo(0.64, 9)]]);
  });

  it('starts at the first week with data', () => {
    expect(ema([null, [2, 4]])).toEqual([null, [2, 4]]);
  });
});

describe('momentum', () => {
  it('is the last change of the smoothed taste, with its length', () => {
    const result = momentum([
      [0, 0],
      [0, 0],
      [1, 0],
    ]);
    expect(result?.change).toEqual([0.4, 0]);
    expect(result?.speed).toBeCloseTo(0.4, 9);
  });

  it('is null with fewer than two weeks of data', () => {
    expect(momentum([null, [1]])).toBeNull();
  });
});
