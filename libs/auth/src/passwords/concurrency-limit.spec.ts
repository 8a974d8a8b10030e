import { ConcurrencyLimit, TooBusyError } from './concurrency-limit.js';

/** A task that stays open until released, counting how many run at once. */
function gate() {
  let open = 0;
  let most = 0;
  const releases: (() => void)[] = [];
  const task = () =>
    new Promise<void>((resolve) => {
      open += 1;
      most = Math.max(most, open);
      releases.push(() => {
        open -= 1;
        resolve();
      });
    });
  return {
    task,
    most: () => most,
    releaseAll: () => releases.splice(0).forEach((r) => r()),
    started: () => releases.length,
  };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('ConcurrencyLimit', () => {
  it('runs at most `slots` tasks at once and the rest in turn', async () => {
    const limit = new ConcurrencyLimit(2, 10);
    const g = gate();
    const all = Promise.all(Array.from({ length: 8 }, () => limit.run(g.task)));
    for (let round = 0; round < 4; round++) {
      await settle();
      expect(g.started()).toBe(2);
      g.releaseAll();
    }
    await all;
    expect(g.most()).toBe(2);
  });

  it('refuses work beyond the queue instead of piling it up', async () => {
    const limit = new ConcurrencyLimit(1, 2);
    const g = gate();
    const accepted = [limit.run(g.task), limit.run(g.task), limit.run(g.task)];
    await expect(limit.run(g.task)).rejects.toBeInstanceOf(TooBusyError);
    for (let round = 0; round < 3; round++) {
      await settle();
      g.releaseAll();
    }
    await Promise.all(accepted);
  });

  it('frees the slot when a task fails', async () => {
    const limit = new ConcurrencyLimit(1, 0);
    await expect(limit.run(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(limit.run(() => Promise.resolve(7))).resolves.toBe(7);
  });
});
