import type { LineFormat, LineReading } from './line-reading.js';

// "[014] Artist - Title [Label - CAT]": the bracket is the minute the track starts, "?" for unknown digits.
const MINUTE = /^\[([\d?]{2,3})\]\s*(.+)$/;

/** MixesDB tracklists: start minute in brackets, "[0??]" unknown, "[11?]" known to ten minutes. */
export const mixesdbLines: LineFormat = {
  format: 'mixesdb',
  signature: (line) => MINUTE.test(line),
  read(line): LineReading | undefined {
    const match = MINUTE.exec(line);
    if (!match?.[1] || !match[2]) return undefined;
    return { kind: 'entry', credit: match[2], ...readMinute(match[1]) };
  },
};

function readMinute(digits: string): Pick<Extract<LineReading, { kind: 'entry' }>, 'start' | 'startPrecision'> {
  if (/^\d+$/.test(digits)) return { start: Number(digits) * 60, startPrecision: 'minute' };
  // Only a last unknown digit still places the track: "[11?]" starts between minute 110 and 119.
  if (/^\d+\?$/.test(digits) && /[1-9]/.test(digits)) {
    return { start: Number(digits.slice(0, -1)) * 600, startPrecision: 'ten-minutes' };
  }
  return { startPrecision: 'none' };
}
