import type { LineFormat, LineReading } from './line-reading.js';

/** Bare "Artist - Title" lines without times; a lone "?" is an unidentified track that still takes a slot. */
export const plainLines: LineFormat = {
  format: 'plain',
  signature: (line) => /\s[-–—]\s/.test(line) || /^\?+$/.test(line),
  read(line): LineReading | undefined {
    const together = /^w\/\s*(.+)$/i.exec(line);
    if (together?.[1]) return { kind: 'together', credit: together[1] };
    return { kind: 'entry', credit: line, startPrecision: 'none' };
  },
};
