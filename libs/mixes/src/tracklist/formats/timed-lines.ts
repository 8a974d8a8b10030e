import { parseClock } from '../parse-clock.js';
import type { LineFormat, LineReading } from './line-reading.js';

const CLOCK = String.raw`(?:\d{1,3}:)?\d{1,3}:\d{2}|\?{1,2}:\?{2}`;
// "[03:31] 02. Artist - Title", "01.[18:02] Artist - Title", "10:57 02. Artist", "(1:04) Title", "4:40 - Title".
const LEADING = new RegExp(
  String.raw`^(?:\d{1,3}[.)]\s*)?[[(]?(${CLOCK})[\])]?(?:\s*[-–—|:.]\s*|\s+)(?:\d{1,3}[.)]\s+)?(.+)$`,
);
// "School 1:42": a description putting the time after the name.
const TRAILING = new RegExp(String.raw`^(?:\d{1,3}[.)]\s+)?(.+?)\s+[-–—|]?\s*[[(]?(${CLOCK})[\])]?$`);
const TOGETHER = /^w\/\s*(.+)$/i;

/** 1001Tracklists pastes and video descriptions: a clock per line, "w/" lines, "[??:??]" for unknown times. */
export const timedLines: LineFormat = {
  format: 'timed',
  signature: (line) => LEADING.test(line) || TRAILING.test(line),
  read(line): LineReading | undefined {
    const together = TOGETHER.exec(line);
    if (together?.[1]) return { kind: 'together', credit: together[1] };
    const leading = LEADING.exec(line);
    if (leading?.[1] && leading[2]) return entry(leading[1], leading[2]);
    const trailing = TRAILING.exec(line);
    if (trailing?.[1] && trailing[2]) return entry(trailing[2], trailing[1]);
    return undefined;
  },
};

function entry(clock: string, credit: string): LineReading {
  const start = parseClock(clock);
  return start === undefined
    ? { kind: 'entry', credit, startPrecision: 'none' }
    : { kind: 'entry', credit, start, startPrecision: 'second' };
}
