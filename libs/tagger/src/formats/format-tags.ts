import {
  type File,
  type FlacFile,
  type Id3v2Tag,
  type IPicture,
  type Mpeg4AppleTag,
  TagTypes,
  type XiphComment,
} from 'node-taglib-sharp';
import type { TagValues } from '../fields/tag-values.js';
import type { AudioFormat } from '../file-tags.js';
import { readApple, writeApple } from './apple-codec.js';
import { readId3v2, writeId3v2 } from './id3v2-codec.js';
import { readXiph, writeXiph } from './xiph-codec.js';

/** Where each format keeps its tag: ID3v2 in MP3, an iTunes item list in MP4, a Vorbis comment in Ogg and FLAC. */
export function writeFormatTags(
  file: File,
  format: AudioFormat,
  values: TagValues,
  options: { pictures: IPicture[]; id3Version: 3 | 4 },
): void {
  if (format === 'mp3') {
    // Only ID3v2 stays: ID3v1 truncates and APE in MP3 confuses players that read it first.
    file.removeTags(TagTypes.Id3v1 | TagTypes.Ape);
    const tag = file.getTag(TagTypes.Id3v2, true) as Id3v2Tag;
    writeId3v2(tag, values, options.id3Version);
    tag.pictures = options.pictures;
  } else if (format === 'm4a') {
    const tag = file.getTag(TagTypes.Apple, true) as Mpeg4AppleTag;
    writeApple(tag, values);
    tag.pictures = options.pictures;
  } else {
    if (format === 'flac') file.removeTags(TagTypes.Id3v1 | TagTypes.Id3v2 | TagTypes.Ape);
    const comment = file.getTag(TagTypes.Xiph, true) as XiphComment;
    writeXiph(comment, values, { opus: format === 'opus' });
    // FLAC keeps pictures in its own PICTURE blocks; Ogg in the comment (METADATA_BLOCK_PICTURE).
    if (format === 'flac') {
      comment.pictures = [];
      (file as FlacFile).tag.pictures = options.pictures;
    } else {
      comment.pictures = options.pictures;
    }
  }
}

export function readFormatTags(file: File, format: AudioFormat): { values: TagValues; pictures: IPicture[] } {
  if (format === 'mp3') {
    const tag = file.getTag(TagTypes.Id3v2, false) as Id3v2Tag | undefined;
    return tag ? { values: readId3v2(tag), pictures: tag.pictures } : empty();
  }
  if (format === 'm4a') {
    const tag = file.getTag(TagTypes.Apple, false) as Mpeg4AppleTag | undefined;
    return tag ? { values: readApple(tag), pictures: tag.pictures } : empty();
  }
  const comment = file.getTag(TagTypes.Xiph, false) as XiphComment | undefined;
  const pictures = format === 'flac' ? (file as FlacFile).tag.pictures : (comment?.pictures ?? []);
  return { values: comment ? readXiph(comment) : { text: {} }, pictures };
}

/** Bytes the tags take in the file, to tell the audio's share of its size. */
export function tagBytes(file: File): number {
  return file.tag?.sizeOnDisk ?? 0;
}

function empty(): { values: TagValues; pictures: IPicture[] } {
  return { values: { text: {} }, pictures: [] };
}
