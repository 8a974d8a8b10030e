import { formatCueTime } from './cue-time.js';

export interface CueSheetToWrite {
  title?: string;
  performer?: string;
  remarks?: string[];
  /** The mix's file name, relative to the sheet (the sheet sits beside the mix). */
  file: string;
  tracks: { title: string; performer?: string; startFrames: number }[];
}

/**
 * A standard sheet: one FILE, INDEX 01 in mm:ss:ff with unbounded minutes, which foobar2000, CUETools and
 * players reading sheets beside long mixes accept. The format has no escape for quotes: they become
 * apostrophes rather than cutting the value short.
 */
export function writeCueSheet(sheet: CueSheetToWrite): string {
  const lines: string[] = [];
  for (const remark of sheet.remarks ?? []) lines.push(`REM ${clean(remark)}`);
  if (sheet.performer) lines.push(`PERFORMER ${quote(sheet.performer)}`);
  if (sheet.title) lines.push(`TITLE ${quote(sheet.title)}`);
  lines.push(`FILE ${quote(sheet.file)} ${fileType(sheet.file)}`);
  sheet.tracks.forEach((track, i) => {
    lines.push(`  TRACK ${String(i + 1).padStart(2, '0')} AUDIO`);
    lines.push(`    TITLE ${quote(track.title)}`);
    if (track.performer) lines.push(`    PERFORMER ${quote(track.performer)}`);
    lines.push(`    INDEX 01 ${formatCueTime(track.startFrames)}`);
  });
  return `${lines.join('\r\n')}\r\n`;
}

const clean = (value: string): string => value.replace(/[\r\n\t\0]+/g, ' ').trim();
const quote = (value: string): string => `"${clean(value).replaceAll('"', "'")}"`;

/** MP3 for MPEG audio; WAVE for everything a player decodes itself (FLAC, AAC, Opus…), as rippers write. */
function fileType(file: string): 'MP3' | 'AIFF' | 'WAVE' {
  const extension = file.slice(file.lastIndexOf('.') + 1).toLowerCase();
  if (extension === 'mp3') return 'MP3';
  if (extension === 'aif' || extension === 'aiff') return 'AIFF';
  return 'WAVE';
}
