import { KeyedQueue } from './keyed-queue.js';

/** A promise the test settles by hand. */
function gate() {
  let open!: () => void;
  const promise = new Promise<void>((resolve) => (open = resolve));
  return { promise, open };
}

describe('KeyedQueue', () => {
  it('runs at most `concurrency` works at once', async () => {
    const queue = new KeyedQueue(2, () => undefined);
    const gates = [gate(), gate(), gate()];
    const started: number[] = [];
    gates.forEach((g, i) =>
      queue.push(`k${i}`, async () => {
        started.push(i);
        await g.promise;
      }),
    );
    expect(started).toEqual([0, 1]);
    gates[0]!.open();
    await new Promise((resolve) => setImmediate(resolve));
    expect(started).toEqual([0, 1, 2]);
    gates[1]!.open();
    gates[2]!.open();
    await queue.idle();
  });

  it('runs a key pushed during its own work once more afterwards, however often it was pushed', async () => {
    const queue = new KeyedQueue(4, () => undefined);
    const first = gate();
    const runs: string[] = [];
    queue.push('a', async () => {
      runs.push('first');
      await first.promise;
    });
    const second = queue.push('a', async () => runs.push('second'));
    const third = queue.push('a', async () => runs.push('third'));
    expect(runs).toEqual(['first']);
    first.open();
    // The replaced push resolves too: its caller learns the file was handled by the later work.
    await Promise.all([second, third]);
    expect(runs).toEqual(['first', 'third']);
  });

  it('hands a failure to onError and goes on', async () => {
    const errors: string[] = [];
    const queue = new KeyedQueue(1, (key, error) => errors.push(`${key}: ${error.message}`));
    const done: string[] = [];
    queue.push('bad', async () => {
      throw new Error('broken');
    });
    queue.push('good', async () => done.push('good'));
    await queue.idle();
    expect(errors).toEqual(['bad: broken']);
    expect(done).toEqual(['good']);
  });
});
