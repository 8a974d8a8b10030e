import { FakeClock } from '@app/testing';
import { WARNINGS_KEPT, YtDlpWarnings } from './ytdlp-warnings.js';

const T0 = Date.UTC(2025, 5, 1, 12, 0, 0);

describe('YtDlpWarnings', () => {
  it('groups failures by kind with their count, first and last time and the latest message, latest kind first', () => {
    const clock = new FakeClock(T0);
    const sut = new YtDlpWarnings(clock);
    sut.record('rate-limited', 'HTTP Error 429: Too Many Requests');
    clock.advance(60_000);
    sut.record('bot-check', "Sign in to confirm you're not a bot");
    clock.advance(60_000);
    sut.record('rate-limited', 'HTTP Error 429: Too Many Requests (again)');
    expect(sut.summary()).toEqual([
      {
        kind: 'rate-limited',
        message: 'HTTP Error 429: Too Many Requests (again)',
        count: 2,
        firstAt: '2025-06-01T12:00:00.000Z',
        lastAt: '2025-06-01T12:02:00.000Z',
      },
      {
        kind: 'bot-check',
        message: "Sign in to confirm you're not a bot",
        count: 1,
        firstAt: '2025-06-01T12:01:00.000Z',
        lastAt: '2025-06-01T12:01:00.000Z',
      },
    ]);
  });

  it(`keeps only the last ${WARNINGS_KEPT} failures`, () => {
    const clock = new FakeClock(T0);
    const sut = new YtDlpWarnings(clock);
    sut.record('bot-check', 'oldest');
    for (let i = 0; i < WARNINGS_KEPT; i++) {
      clock.advance(1000);
      sut.record('network', `timed out ${i}`);
    }
    expect(sut.summary()).toEqual([expect.objectContaining({ kind: 'network', count: WARNINGS_KEPT })]);
  });

  it('is empty before anything failed', () => {
    expect(new YtDlpWarnings(new FakeClock(T0)).summary()).toEqual([]);
  });
});
