import { isVorbisChapterTag, vorbisChapterTags } from './vorbis-chapter-tags.js';
import type { Chapter } from './chapter.js';

/**
 * How chapters get into each container with ffmpeg 5.1 (checked by reading them back with ffprobe):
 * MP3 (ID3v2 CHAP/CTOC) and MP4/M4A (chapter track) keep FFMETADATA chapters from -map_chapters; FLAC and
 * Ogg Vorbis drop them, and Ogg Opus writes a fractional start a whole second late (2.52 s as 00:00:03.520),
 * so those three get the Vorbis CHAPTERxxx comments written here instead.
 */
export type ChapterMethod = 'ffmetadata' | 'vorbis-comments-format' | 'vorbis-comments-stream';

export function chapterMethod(container: string, codec: string): ChapterMethod {
  if (codec === 'flac' && container === 'flac') return 'vorbis-comments-format';
  if (codec === 'vorbis' || codec === 'opus' || (codec === 'flac' && container === 'ogg')) {
    return 'vorbis-comments-stream';
  }
  return 'ffmetadata';
}

export interface EmbedChaptersInput {
  source: string;
  target: string;
  method: ChapterMethod;
  /** The FFMETADATA file written beside the mix, for the ffmetadata method. */
  metadataFile?: string;
  /** The file's current tags, for the Vorbis methods: they are written again in order (see below). */
  tags?: [string, string][];
  chapters: Chapter[];
}

const BASE = ['-hide_banner', '-nostdin', '-loglevel', 'error', '-y'];
// Audio and cover pictures; an MP4 chapter text track from an earlier run cannot be copied and is rebuilt.
const KEEP_STREAMS = ['-map', '0:a', '-map', '0:v?'];

/** ffmpeg arguments that copy every stream of the mix untouched and add chapters. */
export function buildEmbedChaptersArgs(input: EmbedChaptersInput): string[] {
  if (input.method === 'ffmetadata') {
    if (!input.metadataFile) throw new Error('the ffmetadata method needs a metadata file');
    return [
      ...BASE,
      ...['-i', input.source, '-i', input.metadataFile],
      ...KEEP_STREAMS,
      ...['-map_metadata', '0', '-map_chapters', '1', '-c', 'copy', input.target],
    ];
  }
  // ffmpeg's metadata dictionary moves its last entry into the hole a replaced key leaves, which put a
  // CHAPTERxxxNAME before its CHAPTERxxx (and players then drop the name): the tags are cleared and written
  // again in order, old chapters left out.
  const scope = input.method === 'vorbis-comments-stream' ? '-metadata:s:a:0' : '-metadata';
  const kept = (input.tags ?? []).filter(([key]) => !isVorbisChapterTag(key) && key.toLowerCase() !== 'encoder');
  const tags = [...kept, ...vorbisChapterTags(input.chapters)].flatMap(([key, value]) => [scope, `${key}=${value}`]);
  return [
    ...BASE,
    '-i',
    input.source,
    ...KEEP_STREAMS,
    '-map_metadata',
    '-1',
    '-map_chapters',
    '-1',
    '-c',
    'copy',
    ...tags,
    input.target,
  ];
}
