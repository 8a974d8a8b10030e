/** What a sheet does differently from the standard, found before it is handed to the parser. */
export interface CueDialect {
  /** rekordbox writes INDEX as HH:MM:SS; everyone else as MM:SS:FF (75 frames a second). */
  timeBase: 'frames' | 'hours-minutes-seconds';
  /** rekordbox names each track's source file inside the TRACK, under the sheet's one recording FILE. */
  nestedTrackFiles: boolean;
  /** `TITLE "Tune With ""Quotes"" Inside"`: the format has no escape, some writers double the quote. */
  doubledQuotes: boolean;
  /** A mix longer than the CD's 99 minutes. */
  minutesOver99: boolean;
}

const INDEX = /^\s*INDEX\s+\d+\s+(\d+):(\d+):(\d+)\s*$/gim;

export function detectCueDialect(text: string): CueDialect {
  const indexes = [...text.matchAll(INDEX)].map((m) => [Number(m[1]), Number(m[2]), Number(m[3])] as const);
  const nestedTrackFiles = hasNestedTrackFiles(text);
  const rekordbox = /^\s*REM\s+RECORDED_BY\s+"?rekordbox/im.test(text) || nestedTrackFiles;
  // Frames stop at 74: a third field of 75 or more can only be something else, and seconds stop at 59.
  const framesImpossible = indexes.some(([, , third]) => third >= 75);
  return {
    timeBase: rekordbox || framesImpossible ? 'hours-minutes-seconds' : 'frames',
    nestedTrackFiles,
    doubledQuotes: /"[^"\n]*""[^"\n]*"/.test(text),
    minutesOver99: !rekordbox && indexes.some(([minutes]) => minutes > 99),
  };
}

/**
 * rekordbox writes a track's source FILE inside the TRACK, before its INDEX; a standard one-FILE-per-TRACK
 * sheet opens each FILE before its TRACK, after the previous track's INDEX.
 */
function hasNestedTrackFiles(text: string): boolean {
  let trackWithoutIndex = false;
  for (const line of text.split(/\r?\n/)) {
    const command = /^\s*(FILE|TRACK|INDEX)\b/i.exec(line)?.[1]?.toUpperCase();
    if (command === 'TRACK') trackWithoutIndex = true;
    else if (command === 'INDEX') trackWithoutIndex = false;
    else if (command === 'FILE' && trackWithoutIndex) return true;
  }
  return false;
}
