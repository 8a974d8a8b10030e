import { formatBytes, formatDuration, formatPlayed, stateLabel, yearOf } from './format';

describe('format', () => {
  it.each([
    [215_000, '3:35'],
    [4_000, '0:04'],
    [3_725_000, '1:02:05'],
    [null, '–'],
    [Number.NaN, '–'],
  ])('formatDuration(%s) = %s', (ms, text) => expect(formatDuration(ms)).toBe(text));

  it.each([
    [512, '512 B'],
    [1536, '1.5 KB'],
    [38_912, '38 KB'],
    [5 * 1024 ** 3, '5.0 GB'],
  ])('formatBytes(%s) = %s', (bytes, text) => expect(formatBytes(bytes)).toBe(text));

  it('shows a last play as a date and time, and a missing or broken one as a dash', () => {
    expect(formatPlayed(null)).toBe('–');
    expect(formatPlayed('not a date')).toBe('–');
    const shown = formatPlayed('2025-06-15T12:00:00.000Z');
    expect(shown).toContain('2025');
    expect(shown).toBe(
      new Date('2025-06-15T12:00:00.000Z').toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' }),
    );
  });

  it('names states as a person says them and keeps unknown ones', () => {
    expect(stateLabel('USER_INTENT_SELECTION')).toBe('Needs a choice');
    expect(stateLabel('SOMETHING_NEW')).toBe('SOMETHING_NEW');
  });

  it('reads the year of a date', () => {
    expect(yearOf('2016-09-02')).toBe('2016');
    expect(yearOf(1999)).toBe('1999');
    expect(yearOf('unknown')).toBeUndefined();
  });
});
