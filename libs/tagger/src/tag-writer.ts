import { randomUUID } from 'node:crypto';
import { copyFile, rename, rm } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { Injectable } from '@nestjs/common';
import { toTagValues } from './fields/file-tags-mapping.js';
import type { CoverImage, FileTags } from './file-tags.js';
import { writeFormatTags } from './formats/format-tags.js';
import { openAudioFile, taggableFormat } from './formats/open-audio-file.js';
import { toFrontCover } from './formats/pictures.js';
import { reasonOf, TagFileError } from './tag-file.error.js';

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
    const format = taggableFormat('write', file);
    const copy = join(dirname(file), `.${basename(file)}.${randomUUID().slice(0, 8)}.tagging${extname(file)}`);
    try {
      await copyFile(file, copy);
      const audio = openAudioFile('write', copy, format, file);
      try {
        const pictures = options.cover ? [toFrontCover(options.cover)] : [];
        writeFormatTags(audio, format, toTagValues(tags), { pictures, id3Version: options.id3Version });
        audio.save();
      } finally {
        audio.dispose();
      }
      await rename(copy, file);
    } catch (error) {
      await rm(copy, { force: true });
      if (error instanceof TagFileError) throw error;
      throw new TagFileError('write', file, reasonOf(error), { cause: error });
    }
  }
}
