import { SeededRandom } from './seeded-random.js';

describe('SeededRandom', () => {
  it('replays the same sequence for the same seed', () => {
    const a = new SeededRandom(42);
    const b = new SeededRandom(42);
    const run = (r: SeededRandom) => Array.from({ length: 20 }, () => r.int(0, 1000));
    expect(run(a)).toEqual(run(b));
  });

  it('gives another sequence for another seed', () => {
    const run = (r: SeededRandom) => Array.from({ length: 20 }, () => r.int(0, 1000));
    expect(run(new SeededRandom(1))).not.toEqual(run(new SeededRandom(2)));
  });

  it('stays within the bounds asked for', () => {
    const sut = new SeededRandom(7);
    const values = Array.from({ length: 5000 }, () => sut.int(3, 5));
    expect(new Set(values)).toEqual(new Set([3, 4, 5]));
  });
});
