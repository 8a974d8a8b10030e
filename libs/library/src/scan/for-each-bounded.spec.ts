import { forEachBounded } from './for-each-bounded.js';

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('forEachBounded', () => {
  it('works on every item with at most `limit` at a time', async () => {
    let active = 0;
    let most = 0;
    const done: number[] = [];
    await forEachBounded([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 3, async (item) => {
      most = Math.max(most, ++active);
      await tick();
      done.push(item);
      active -= 1;
    });
    expect(most).toBe(3);
    expect(done.sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('stops taking items after a failure and rejects with it once the running ones ended', async () => {
    const started: number[] = [];
    let finished = 0;
    const run = forEachBounded([1, 2, 3, 4, 5, 6], 2, async (item) => {
      started.push(item);
      await tick();
      finished += 1;
      if (item === 1) throw new Error('disk gone');
    });
    await expect(run).rejects.toThrow('disk gone');
    expect(started).toEqual([1, 2]);
    expect(finished).toBe(2);
  });

  it('does nothing for no items', async () => {
    await expect(forEachBounded([], 8, () => Promise.reject(new Error('called')))).resolves.toBeUndefined();
  });
});
