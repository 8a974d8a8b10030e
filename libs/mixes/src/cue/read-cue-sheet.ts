import { ErrorKind, parse, translateErrorMessage } from '@gplane/cue';
import type { CueSheetRead, CueTrack } from './cue-sheet.types.js';
import { FRAMES_PER_SECOND } from './cue-time.js';
import { type CueDialect, detectCueDialect } from './detect-cue-dialect.js';

// A character no sheet contains stands in for a doubled quote while the parser reads the line.
const QUOTE_STAND_IN = '\uE000';
const UNIDENTIFIED = /^(?:id|\?+|unknown)$/i;

/** Reads a CUE sheet in any dialect seen beside mixes; never throws on a malformed sheet. */
export function readCueSheet(source: string): CueSheetRead {
  const text = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const dialect = detectCueDialect(text);
  const { text: standard, sourceFiles } = standardise(text, dialect);
  const { sheet, errors } = parse(standard, { fatal: false });
  const restore = (value: string | undefined) => value?.replaceAll(QUOTE_STAND_IN, '"').trim();
  const tracks: CueTrack[] = sheet.files.flatMap((file) =>
    file.tracks.map((track) => {
      const start = track.indexes.find((i) => i.number === 1) ?? track.indexes.at(-1);
      const pregap = track.indexes.find((i) => i.number === 0);
      const title = restore(track.title) ?? '';
      const performer = restore(track.performer) ?? restore(sheet.performer) ?? '';
      const sourceFile = sourceFiles.get(track.trackNumber);
      return {
        number: track.trackNumber,
        title,
        performer,
        file: file.name,
        startFrames: start ? toFrames(start.startingTime, dialect) : 0,
        ...(pregap && start !== pregap ? { pregapFrames: toFrames(pregap.startingTime, dialect) } : {}),
        ...(sourceFile ? { sourceFile } : {}),
        ...(track.isrc ? { isrc: track.isrc } : {}),
        unidentified: UNIDENTIFIED.test(title) && (!track.performer || UNIDENTIFIED.test(track.performer)),
      };
    }),
  );
  return {
    ...(sheet.title ? { title: restore(sheet.title) } : {}),
    ...(sheet.performer ? { performer: restore(sheet.performer) } : {}),
    remarks: sheet.comments,
    files: sheet.files.map((f) => f.name).filter((name) => name !== ''),
    tracks,
    dialect,
    warnings: errors
      .filter((e) => !(dialect.timeBase === 'hours-minutes-seconds' && e.kind === ErrorKind.FramesTooLarge))
      .map((e) => `line ${e.position.line}: ${translateErrorMessage(e.kind)}`),
  };
}

function toFrames([a, b, c]: [number, number, number], dialect: CueDialect): number {
  if (dialect.timeBase === 'hours-minutes-seconds') return ((a * 60 + b) * 60 + c) * FRAMES_PER_SECOND;
  return (a * 60 + b) * FRAMES_PER_SECOND + c;
}

/** Rewrites what the parser cannot take: doubled quotes, and rekordbox's FILE lines inside tracks. */
function standardise(text: string, dialect: CueDialect): { text: string; sourceFiles: Map<number, string> } {
  const sourceFiles = new Map<number, string>();
  let lines = text.split('\n');
  if (dialect.doubledQuotes) lines = lines.map((line) => line.replaceAll('""', QUOTE_STAND_IN));
  if (dialect.nestedTrackFiles) {
    let track: number | undefined;
    lines = lines.filter((line) => {
      const trackLine = /^\s*TRACK\s+(\d+)/i.exec(line);
      if (trackLine) track = Number(trackLine[1]);
      const file = /^\s*FILE\s+"([^"]*)"|^\s*FILE\s+(\S+)/i.exec(line);
      if (!file || track === undefined) return true;
      sourceFiles.set(track, file[1] ?? file[2] ?? '');
      return false;
    });
  }
  return { text: lines.join('\n'), sourceFiles };
}
