import type { CueDialect } from './detect-cue-dialect.js';

export interface CueTrack {
  number: number;
  title: string;
  /** The track's PERFORMER, or the sheet's when the track names none. */
  performer: string;
  /** Audio file the start is counted in: the sheet's mix, or the track's own file in a one-FILE-per-TRACK sheet. */
  file: string;
  /** Start (INDEX 01) in frames of 1/75 s from the beginning of `file`. */
  startFrames: number;
  /** Pregap start (INDEX 00), when the sheet has one. */
  pregapFrames?: number;
  /** rekordbox's path of the source track on the DJ's disk. */
  sourceFile?: string;
  isrc?: string;
  /** "TITLE ID": nobody knows what plays here. */
  unidentified: boolean;
}

export interface CueSheetRead {
  title?: string;
  performer?: string;
  /** Sheet-level REM lines, free-form ("DATE 2026", "GENRE Electronic"). */
  remarks: string[];
  files: string[];
  tracks: CueTrack[];
  dialect: CueDialect;
  /** What the parser stumbled over and how the line was read anyway. */
  warnings: string[];
}
