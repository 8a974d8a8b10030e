import { backoffDelay } from './backoff.js';

const policy = { baseMs: 1000, maxMs: 60_000, jitter: 0.2 };

describe('backoffDelay', () => {
  it.each([
    [1, 1000],
    [2, 2000],
    [3, 4000],
    [6, 32_000],
    [7, 60_000],
    [30, 60_000],
  ])('attempt %i waits %i ms at the centre of the jitter', (attempt, expected) => {
    expect(backoffDelay(attempt, policy, () => 0.5)).toBe(expected);
  });

  it('spreads the delay by the jitter share both ways', () => {
    expect(backoffDelay(3, policy, () => 0)).toBe(3200);
    expect(backoffDelay(3, policy, () => 1)).toBe(4800);
  });

  it('never returns a negative delay', () => {
    expect(backoffDelay(0, { baseMs: 10, maxMs: 10, jitter: 1 }, () => 0)).toBe(0);
  });
});
