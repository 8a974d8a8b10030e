import { ValidationError } from '../errors/index.js';

/** An ISO week in the listener's time zone: `2026-49` runs from that Monday 00:00 to the next, local time. */
export interface ListenerWeek {
  key: string;
  /** Epoch ms of the local Monday 00:00 that starts it, and of the one that ends it. */
  start: number;
  end: number;
}

const WEEK_KEY = /^(\d{4})-W?(\d{2})$/;
const DAY_MS = 86_400_000;
const formats = new Map<string, Intl.DateTimeFormat>();

/** The week `at` falls in, as the listener's clock shows it. */
export function weekOf(at: number, timeZone: string): ListenerWeek {
  const local = localParts(at, timeZone);
  const { year, week } = isoWeek(local.year, local.month, local.day);
  return weekByNumber(year, week, timeZone);
}

/** The week a `YYYY-WW` key names; throws a ValidationError naming `field` for anything else. */
export function parseWeekKey(key: string, timeZone: string, field = 'week'): ListenerWeek {
  const match = WEEK_KEY.exec(key.trim());
  const year = Number(match?.[1]);
  const week = Number(match?.[2]);
  if (!match || week < 1 || week > isoWeeksIn(year)) {
    throw new ValidationError(field, `${field} must be an ISO week as YYYY-WW, e.g. 2026-49`);
  }
  return weekByNumber(year, week, timeZone);
}

/** The week before or after `week` (`offset` weeks away). */
export function shiftWeek(week: ListenerWeek, offset: number, timeZone: string): ListenerWeek {
  // Noon of a mid-week day keeps DST changes from pushing the instant into a neighbouring week.
  return weekOf(week.start + offset * 7 * DAY_MS + 3.5 * DAY_MS, timeZone);
}

function weekByNumber(year: number, week: number, timeZone: string): ListenerWeek {
  const jan4 = Date.UTC(year, 0, 4);
  const jan4Weekday = (new Date(jan4).getUTCDay() + 6) % 7;
  const mondayUtcDate = jan4 - jan4Weekday * DAY_MS + (week - 1) * 7 * DAY_MS;
  const start = localMidnight(mondayUtcDate, timeZone);
  const end = localMidnight(mondayUtcDate + 7 * DAY_MS, timeZone);
  return { key: `${year}-${String(week).padStart(2, '0')}`, start, end };
}

/** The instant the wall clock of `timeZone` shows 00:00 on the calendar day `utcDate` (a UTC midnight) names. */
function localMidnight(utcDate: number, timeZone: string): number {
  let guess = utcDate - offsetAt(utcDate, timeZone);
  // Once more with the offset at the guess: right across a DST change too.
  guess = utcDate - offsetAt(guess, timeZone);
  return guess;
}

function offsetAt(at: number, timeZone: string): number {
  const p = localParts(at, timeZone);
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - Math.floor(at / 1000) * 1000;
}

function localParts(at: number, timeZone: string) {
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formats.set(timeZone, format);
  }
  const parts: Record<string, number> = {};
  for (const part of format.formatToParts(at)) if (part.type !== 'literal') parts[part.type] = Number(part.value);
  return {
    year: parts['year'] ?? 1970,
    month: parts['month'] ?? 1,
    day: parts['day'] ?? 1,
    hour: parts['hour'] ?? 0,
    minute: parts['minute'] ?? 0,
    second: parts['second'] ?? 0,
  };
}

function isoWeek(year: number, month: number, day: number): { year: number; week: number } {
  const date = Date.UTC(year, month - 1, day);
  const weekday = (new Date(date).getUTCDay() + 6) % 7;
  const thursday = date + (3 - weekday) * DAY_MS;
  const isoYear = new Date(thursday).getUTCFullYear();
  const week = 1 + Math.floor((thursday - Date.UTC(isoYear, 0, 1)) / (7 * DAY_MS));
  return { year: isoYear, week };
}

function isoWeeksIn(year: number): number {
  return isoWeek(year, 12, 28).week;
}
