import { type ListenerWeek, weekOf } from '@app/core';

export interface WeekMark extends ListenerWeek {
  listens: number;
  mapped: number;
}

/** Listens bucketed into the listener's weeks; sorted first, so the time zone is asked once per week. */
export function bucketByWeek(marks: { listenedAt: number; mapped: boolean }[], timeZone: string): WeekMark[] {
  const sorted = [...marks].sort((a, b) => a.listenedAt - b.listenedAt);
  const weeks: WeekMark[] = [];
  let current: WeekMark | undefined;
  for (const mark of sorted) {
    if (!current || mark.listenedAt >= current.end) {
      current = { ...weekOf(mark.listenedAt, timeZone), listens: 0, mapped: 0 };
      weeks.push(current);
    }
    current.listens++;
    if (mark.mapped) current.mapped++;
  }
  return weeks;
}
