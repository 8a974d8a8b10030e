import { IntakeQuiet } from './intake-quiet.js';

describe('IntakeQuiet', () => {
  let now = 0;
  const quiet = () => new IntakeQuiet(1000, 5000, () => now);

  it('does not wait when nothing was stored yet or intake has been quiet long enough', () => {
    now = 10_000;
    const q = quiet();
    expect(q.waitMs(0)).toBe(0);
    q.noteIntake();
    now += 1000;
    expect(q.waitMs(0)).toBe(0);
  });

  it('waits out the rest of the quiet period after the latest intake', () => {
    now = 10_000;
    const q = quiet();
    q.noteIntake();
    now += 300;
    expect(q.waitMs(0)).toBe(700);
    q.noteIntake();
    expect(q.waitMs(700)).toBe(1000);
  });

  it('never waits past its limit however busy intake stays', () => {
    now = 10_000;
    const q = quiet();
    q.noteIntake();
    expect(q.waitMs(4500)).toBe(500);
    expect(q.waitMs(5000)).toBe(0);
  });

  it('stops waiting when aborted', async () => {
    const q = new IntakeQuiet(60_000, 60_000);
    q.noteIntake();
    const stop = new AbortController();
    const waiting = q.untilQuiet(stop.signal);
    stop.abort();
    await expect(waiting).resolves.toBeUndefined();
  });
});
