import type { ParsedTracklist } from '../tracklist/tracklist.types.js';
import { secondsToFrames } from './cue-time.js';
import type { CueSheetToWrite } from './write-cue-sheet.js';

/**
 * The slots of a tracklist with a known start, in order: a sheet cannot place "[0??]" or "[??:??]" lines,
 * so they stay in the tracklist only, as do "[11?]" lines known to ten minutes. A first slot without a time starts the mix.
 */
export function tracklistToCue(
  tracklist: ParsedTracklist,
  mix: { file: string; title?: string; performer?: string },
): CueSheetToWrite {
  const tracks: CueSheetToWrite['tracks'] = [];
  let last = -1;
  for (const entry of tracklist.entries) {
    const placed = entry.startPrecision === 'second' || entry.startPrecision === 'minute';
    const start = placed ? entry.start : tracks.length === 0 ? 0 : undefined;
    if (start === undefined || start <= last) continue;
    last = start;
    tracks.push({
      title: entry.unidentified ? 'ID' : entry.title,
      ...(entry.artist && !entry.unidentified ? { performer: entry.artist } : {}),
      startFrames: secondsToFrames(start),
    });
  }
  return {
    file: mix.file,
    ...(mix.title ? { title: mix.title } : tracklist.heading ? { title: tracklist.heading } : {}),
    ...(mix.performer ? { performer: mix.performer } : {}),
    tracks,
  };
}
