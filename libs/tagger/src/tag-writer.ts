import { Injectable } from '@nestjs/common';
import { toTagValues } from './fields/file-tags-mapping.js';
import type { CoverImage, FileTags } from './file-tags.js';
import { writeFormatTags } from './formats/format-tags.js';
import { toFrontCover } from './formats/pictures.js';
import { writeThroughCopy } from './write-through-copy.js';

export interface WriteOptions {
  /** The front cover to embed; without one the file keeps no picture. */
  cover?: CoverImage;
  /** ID3v2 version for MP3 files. */
  id3Version: 3 | 4;
}

/**
 * Writes a file's tags (MP3, M4A, Opus, Ogg Vorbis, FLAC). The file's tags become exactly `tags`: what was
 * there before, pictures included, is removed. The tags are written into a copy beside the file, which then
 * replaces it, so a failure never leaves a half-written file behind.
 */
@Injectable()
export class TagWriter {
  async write(file: string, tags: FileTags, options: WriteOptions): Promise<void> {
    await writeThroughCopy(file, (audio, format) => {
      const pictures = options.cover ? [toFrontCover(options.cover)] : [];
      writeFormatTags(audio, format, toTagValues(tags), { pictures, id3Version: options.id3Version });
    });
  }
}
