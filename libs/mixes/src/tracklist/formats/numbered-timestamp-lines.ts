import { parseClock } from '../parse-clock.js';
import type { LineFormat, LineReading } from './line-reading.js';

// "15 - 01:00:16 - Mark N-R-G - Don't Stop (Dave Angel Remix)": the SECOND " - " splits artist from title.
const NUMBERED = /^(\d{1,3})\s*[-.]\s*((?:\d{1,2}:)?\d{1,3}:\d{2})\s*[-–—]\s*(.+)$/;

/** CD inlays: "NN - [hh:]mm:ss - Artist - Title"; the disc is counted by the caller when numbers restart. */
export const numberedTimestampLines: LineFormat = {
  format: 'numbered-timestamp',
  signature: (line) => NUMBERED.test(line),
  read(line): LineReading | undefined {
    const match = NUMBERED.exec(line);
    if (!match?.[1] || !match[2] || !match[3]) return undefined;
    const start = parseClock(match[2]);
    if (start === undefined) return undefined;
    return { kind: 'entry', credit: match[3], start, startPrecision: 'second', number: Number(match[1]) };
  },
};
