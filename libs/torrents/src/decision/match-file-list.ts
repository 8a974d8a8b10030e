import type { QualityName } from '../quality/quality-definitions.js';
import { bytesPerSecondBounds } from './expected-bitrate.js';
import { sizeText } from './size-text.js';

export interface TorrentFile {
  path: string;
  sizeBytes: number;
}

export interface ExpectedTrack {
  position: number;
  title: string;
  lengthMs?: number;
}

export interface FileListMatch {
  /** match: grab; mismatch: reject; unsure: a person chooses. */
  verdict: 'match' | 'mismatch' | 'unsure';
  reasons: string[];
  /** The audio file of each track, in track order, when counts agree. */
  pairs: { track: ExpectedTrack; file: TorrentFile }[];
}

export const AUDIO_EXTENSIONS = /\.(flac|mp3|m4a|ogg|oga|opus|ape|wv|wav|wma|aac|aiff?)$/i;

const words = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 1 || /\d/.test(w));

const naturally = (a: TorrentFile, b: TorrentFile) =>
  a.path.localeCompare(b.path, undefined, { numeric: true, sensitivity: 'base' });

const fileName = (path: string) => path.split('/').pop() ?? path;

/** Share of the track title's words found in the file name (1 = all). */
function titleOverlap(track: ExpectedTrack, file: TorrentFile): number {
  const wanted = words(track.title);
  if (!wanted.length) return 1;
  const have = new Set(words(fileName(file.path)));
  return wanted.filter((w) => have.has(w)).length / wanted.length;
}

function lengthText(ms: number): string {
  const seconds = Math.round(ms / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/**
 * Whether a torrent's files are the MusicBrainz release's tracks, before it is grabbed: one audio file per
 * track, in order, named like the track, and (when lengths are known) of a size that fits the quality.
 */
export function matchFileList(files: TorrentFile[], tracks: ExpectedTrack[], quality: QualityName): FileListMatch {
  const audio = files.filter((f) => AUDIO_EXTENSIONS.test(f.path)).sort(naturally);
  const ordered = [...tracks].sort((a, b) => a.position - b.position);
  if (audio.length === 1 && ordered.length > 1 && files.some((f) => /\.cue$/i.test(f.path)))
    return {
      verdict: 'mismatch',
      reasons: ['The release is one audio file with a cue sheet; splitting it is not supported'],
      pairs: [],
    };
  if (audio.length !== ordered.length)
    return {
      verdict: 'mismatch',
      reasons: [`Album has ${ordered.length} tracks, the release has ${audio.length}`],
      pairs: [],
    };
  const pairs = ordered.map((track, i) => ({ track, file: audio[i]! }));
  const reasons: string[] = [];
  let verdict: FileListMatch['verdict'] = 'match';
  const bounds = bytesPerSecondBounds(quality);
  for (const { track, file } of pairs) {
    if (titleOverlap(track, file) < 0.5) {
      reasons.push(`Track ${track.position} "${track.title}" does not look like ${fileName(file.path)}`);
      verdict = 'unsure';
    }
    if (bounds && track.lengthMs) {
      const seconds = track.lengthMs / 1000;
      if (file.sizeBytes < bounds.min * seconds) {
        reasons.push(
          `Track ${track.position} is ${sizeText(file.sizeBytes)}, too small for ${lengthText(track.lengthMs)} of ${quality}`,
        );
        verdict = 'mismatch';
      }
    }
  }
  if (verdict === 'match') reasons.push(`All ${pairs.length} tracks have a file named like them`);
  return { verdict, reasons, pairs };
}
