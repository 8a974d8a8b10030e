import type { LogLevel } from '@app/config';
import { withLogContext } from '@app/platform';
import { TrueTrackLogger } from './truetrack-logger.js';

function setup(level: LogLevel = 'info') {
  const lines: string[] = [];
  const sut = new TrueTrackLogger(level, [{ write: (line: string) => lines.push(line) }]);
  const parsed = () => lines.map((line) => JSON.parse(line) as Record<string, unknown>);
  return { sut, lines, parsed };
}

describe('TrueTrackLogger', () => {
  it('writes one JSON line with level, time, context and message', () => {
    const { sut, lines, parsed } = setup();
    sut.log('Listening on http://127.0.0.1:8000', 'TrueTrack');
    expect(lines).toHaveLength(1);
    expect(lines[0]!.endsWith('\n')).toBe(true);
    expect(parsed()[0]).toMatchObject({
      level: 'info',
      context: 'TrueTrack',
      msg: 'Listening on http://127.0.0.1:8000',
      time: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    });
  });

  it.each<[LogLevel, string[]]>([
    ['error', ['fatal', 'error']],
    ['warn', ['fatal', 'error', 'warn']],
    ['info', ['fatal', 'error', 'warn', 'info']],
    ['verbose', ['fatal', 'error', 'warn', 'info', 'debug', 'verbose']],
  ])('at %s writes %j', (level, expected) => {
    const { sut, parsed } = setup(level);
    sut.fatal('f');
    sut.error('e');
    sut.warn('w');
    sut.log('i');
    sut.debug('d');
    sut.verbose('v');
    expect(parsed().map((line) => line['level'])).toEqual(expected);
  });

  it("keeps Nest's stack argument apart from the context", () => {
    const { sut, parsed } = setup();
    sut.error('Job 1: failed', 'Error: boom\n    at run (step.ts:1:1)', 'StepRunner');
    expect(parsed()[0]).toMatchObject({ context: 'StepRunner', stack: 'Error: boom\n    at run (step.ts:1:1)' });
  });

  it('carries the request and job ids of the work in progress', async () => {
    const { sut, parsed } = setup();
    await withLogContext({ reqId: 'req-1' }, () =>
      withLogContext({ jobId: 'job-1' }, async () => sut.log('Job job-1: tagged', 'Tagger')),
    );
    sut.log('outside');
    expect(parsed()[0]).toMatchObject({ reqId: 'req-1', jobId: 'job-1' });
    expect(parsed()[1]).not.toHaveProperty('reqId');
  });

  it('never writes API keys, tokens or passwords', () => {
    const { sut, lines } = setup();
    sut.log({ msg: 'GET /api/v1/jobs?apikey=KEY1234567890', headers: { 'x-api-key': 'KEY2', cookie: 'sid=KEY3' } });
    sut.warn({ msg: 'login', password: 'KEY4', nested: { token: 'KEY5', apiKey: 'KEY6' } });
    sut.error('webhook failed: Authorization: Bearer KEY7');
    expect(lines.join('')).not.toMatch(/KEY\d/);
    expect(lines.join('')).toContain('[redacted]');
  });

  it('logs an Error with its stack', () => {
    const { sut, parsed } = setup();
    sut.error(new Error('disk full'), 'Backups');
    expect(parsed()[0]).toMatchObject({ msg: 'disk full', context: 'Backups', stack: expect.stringContaining('at ') });
  });
});
