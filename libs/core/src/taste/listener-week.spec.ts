import { parseWeekKey, shiftWeek, weekOf } from './listener-week.js';

const at = (iso: string) => Date.parse(iso);

describe('weekOf', () => {
  it.each([
    // A Sunday evening in New York is already Monday in UTC: the listener's clock decides.
    ['2026-12-06T23:30:00-05:00', 'America/New_York', '2026-49', '2026-11-30T05:00:00.000Z'],
    ['2026-12-06T23:30:00-05:00', 'UTC', '2026-50', '2026-12-07T00:00:00.000Z'],
    ['2026-12-07T00:30:00+09:00', 'Asia/Tokyo', '2026-50', '2026-12-06T15:00:00.000Z'],
    // ISO week years: 1 January 2027 is a Friday, so it belongs to week 53 of 2026.
    ['2027-01-01T12:00:00Z', 'UTC', '2026-53', '2026-12-28T00:00:00.000Z'],
    ['2025-12-29T08:00:00Z', 'Europe/Berlin', '2026-01', '2025-12-28T23:00:00.000Z'],
  ])('%s in %s is week %s starting %s', (instant, zone, key, start) => {
    const week = weekOf(at(instant), zone);
    expect(week.key).toBe(key);
    expect(new Date(week.start).toISOString()).toBe(start);
    expect(week.start).toBeLessThanOrEqual(at(instant));
    expect(week.end).toBeGreaterThan(at(instant));
  });

  it('gives a week that spans a DST change its real length (167 hours in spring, Europe/Paris)', () => {
    const week = weekOf(at('2026-03-25T12:00:00Z'), 'Europe/Paris');
    expect(week.key).toBe('2026-13');
    expect((week.end - week.start) / 3_600_000).toBe(167);
  });
});

describe('parseWeekKey', () => {
  it.each(['2026-49', '2026-W49', ' 2026-01 ', '2026-53'])('reads %p', (key) => {
    expect(parseWeekKey(key, 'UTC').key).toMatch(/^2026-\d\d$/);
  });

  it.each(['2026-54', '2025-53', '2026-00', '26-49', '2026-4', 'week 49', '', '2026-49; drop table'])(
    'refuses %p naming the field',
    (key) => {
      expect(() => parseWeekKey(key, 'UTC', 'compare')).toThrow(/compare must be an ISO week as YYYY-WW/);
    },
  );

  it('steps back and forth across a year boundary', () => {
    const week = parseWeekKey('2027-01', 'Europe/Berlin');
    expect(shiftWeek(week, -1, 'Europe/Berlin').key).toBe('2026-53');
    expect(shiftWeek(week, 1, 'Europe/Berlin').key).toBe('2027-02');
  });
});
