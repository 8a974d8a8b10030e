import type { AudioFormat } from '@app/tagger';
import type { TagFamily } from './tag-view.js';

export interface FormatCase {
  name: string;
  format: AudioFormat;
  family: TagFamily;
  /** ffmpeg encoder args for a short test file. */
  encode: string[];
  id3Version: 3 | 4;
}

/** One short file per format TrueTrack tags, MP3 in both ID3v2 versions. */
export const FORMAT_CASES: FormatCase[] = [
  {
    name: 'MP3 (ID3v2.4)',
    format: 'mp3',
    family: 'id3',
    encode: ['-c:a', 'libmp3lame', '-b:a', '128k'],
    id3Version: 4,
  },
  {
    name: 'MP3 (ID3v2.3)',
    format: 'mp3',
    family: 'id3',
    encode: ['-c:a', 'libmp3lame', '-b:a', '128k'],
    id3Version: 3,
  },
  { name: 'M4A (AAC)', format: 'm4a', family: 'mp4', encode: ['-c:a', 'aac', '-b:a', '96k'], id3Version: 4 },
  { name: 'Opus', format: 'opus', family: 'vorbis', encode: ['-c:a', 'libopus', '-b:a', '64k'], id3Version: 4 },
  { name: 'Ogg Vorbis', format: 'ogg', family: 'vorbis', encode: ['-c:a', 'libvorbis', '-q:a', '2'], id3Version: 4 },
  { name: 'FLAC', format: 'flac', family: 'vorbis', encode: ['-c:a', 'flac'], id3Version: 4 },
];

/** A 1.5 s stereo tone: short enough to keep the suite fast, long enough for every encoder. */
export const TONE = 'sine=frequency=440:duration=1.5';
