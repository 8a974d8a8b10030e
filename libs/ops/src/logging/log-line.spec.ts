import { isAtLeast, parseLogLine } from './log-line.js';

describe('parseLogLine', () => {
  it('keeps the known keys and puts the rest into fields', () => {
    const raw =
      '{"level":"warn","time":"2026-11-21T03:00:00.000Z","pid":12,"jobId":"j-1","context":"StepRunner","msg":"Job j-1: retry","attempt":2}';
    expect(parseLogLine(raw)).toEqual({
      time: '2026-11-21T03:00:00.000Z',
      level: 'warn',
      context: 'StepRunner',
      message: 'Job j-1: retry',
      jobId: 'j-1',
      fields: { attempt: 2 },
    });
  });

  it.each([
    ['not json'],
    ['[1,2]'],
    ['null'],
    ['{"level":30,"time":"2026-11-21T03:00:00.000Z","msg":"numeric level"}'],
    ['{"level":"info","msg":"no time"}'],
  ])('skips %s', (raw) => {
    expect(parseLogLine(raw)).toBeUndefined();
  });
});

describe('isAtLeast', () => {
  it.each([
    ['error', 'warn', true],
    ['warn', 'warn', true],
    ['info', 'warn', false],
    ['fatal', 'error', true],
    ['verbose', 'debug', false],
  ] as const)('%s at least %s: %s', (level, atLeast, expected) => {
    expect(isAtLeast(level, atLeast)).toBe(expected);
  });
});
