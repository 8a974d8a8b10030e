import type { StartPrecision, TracklistFormat } from '../tracklist.types.js';

/** What one line of a paste says, before credits are read. */
export type LineReading =
  | {
      kind: 'entry';
      credit: string;
      start?: number;
      startPrecision: StartPrecision;
      disc?: number;
      number?: number;
    }
  | { kind: 'together'; credit: string }
  | { kind: 'credit-note' };

/** Reads the lines of one paste format; stateless formats read line by line. */
export interface LineFormat {
  format: TracklistFormat;
  /** Whether a line carries this format's signature (used to recognise the paste). */
  signature(line: string): boolean;
  read(line: string): LineReading | undefined;
}
