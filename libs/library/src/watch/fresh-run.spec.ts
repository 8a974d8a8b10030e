import { FreshRun } from './fresh-run.js';

/** A task whose runs the test ends by hand, numbered from 1. */
function manualTask() {
  const ends: Array<(value: number) => void> = [];
  const fail: Array<(error: Error) => void> = [];
  return {
    ends,
    fail,
    task: () =>
      new Promise<number>((resolve, reject) => {
        const n = ends.length + 1;
        ends.push(() => resolve(n));
        fail.push(reject);
      }),
  };
}

const flush = () => new Promise((resolve) => setImmediate(resolve));

describe('FreshRun', () => {
  it('starts a run at once when none is under way', async () => {
    const manual = manualTask();
    const run = new FreshRun(manual.task);
    const first = run.run();
    expect(manual.ends).toHaveLength(1);
    manual.ends[0]!(0);
    await expect(first).resolves.toBe(1);
  });

  it('answers a call made during a run with the next run, never the one under way', async () => {
    const manual = manualTask();
    const run = new FreshRun(manual.task);
    const first = run.run();
    const second = run.run();
    expect(manual.ends).toHaveLength(1);
    manual.ends[0]!(0);
    await expect(first).resolves.toBe(1);
    await flush();
    expect(manual.ends).toHaveLength(2);
    manual.ends[1]!(0);
    await expect(second).resolves.toBe(2);
  });

  it('shares one next run among every call made during a run', async () => {
    const manual = manualTask();
    const run = new FreshRun(manual.task);
    void run.run();
    const waiting = [run.run(), run.run(), run.run()];
    manual.ends[0]!(0);
    await flush();
    expect(manual.ends).toHaveLength(2);
    manual.ends[1]!(0);
    await expect(Promise.all(waiting)).resolves.toEqual([2, 2, 2]);
    expect(manual.ends).toHaveLength(2);
  });

  it('starts the next run even when the one under way fails', async () => {
    const manual = manualTask();
    const run = new FreshRun(manual.task);
    const first = run.run();
    const second = run.run();
    manual.fail[0]!(new Error('disk gone'));
    await expect(first).rejects.toThrow('disk gone');
    await flush();
    manual.ends[1]!(0);
    await expect(second).resolves.toBe(2);
  });

  it('settles only once the waiting run has ended too', async () => {
    const manual = manualTask();
    const run = new FreshRun(manual.task);
    void run.run();
    void run.run();
    let settled = false;
    void run.settled().then(() => (settled = true));
    manual.ends[0]!(0);
    await flush();
    expect(settled).toBe(false);
    manual.ends[1]!(0);
    await flush();
    expect(settled).toBe(true);
  });
});
