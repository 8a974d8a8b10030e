import { statSync } from 'node:fs';
import { Injectable } from '@nestjs/common';
import type { File, IPicture } from 'node-taglib-sharp';
import { fromTagValues } from './fields/file-tags-mapping.js';
import type { AudioFormat, CoverImage, ReadResult } from './file-tags.js';
import { audioProperties } from './formats/audio-properties.js';
import { readFormatTags, tagBytes } from './formats/format-tags.js';
import { openAudioFile, taggableFormat } from './formats/open-audio-file.js';
import { findFrontCover, toCoverImage } from './formats/pictures.js';
import { reasonOf, TagFileError } from './tag-file.error.js';

/**
 * Reads tags, audio facts and the cover of MP3, M4A, Opus, Ogg Vorbis and FLAC files in-process (no external
 * program), fast enough for library scans. Unreadable files throw a TagFileError naming the file and why.
 */
@Injectable()
export class TagReader {
  async read(file: string): Promise<ReadResult> {
    return this.withFile(file, (audioFile, format) => {
      const audio = audioProperties(audioFile, format, statSync(file).size - tagBytes(audioFile));
      if (!audio.codec || !audio.durationMs) throw new Error('no audio stream found');
      const { values, pictures } = readFormatTags(audioFile, format);
      const cover = coverFacts(findFrontCover(pictures));
      return { tags: fromTagValues(values), audio, ...(cover && { cover }) };
    });
  }

  /** The embedded front cover (else the first picture); undefined when the file has none. */
  async readCover(file: string): Promise<CoverImage | undefined> {
    return this.withFile(file, (audioFile, format) => {
      const picture = findFrontCover(readFormatTags(audioFile, format).pictures);
      return picture && toCoverImage(picture);
    });
  }

  private withFile<T>(file: string, read: (audioFile: File, format: AudioFormat) => T): T {
    const format = taggableFormat('read', file);
    const audioFile = openAudioFile('read', file, format);
    try {
      return read(audioFile, format);
    } catch (error) {
      throw new TagFileError('read', file, reasonOf(error), { cause: error });
    } finally {
      audioFile.dispose();
    }
  }
}

function coverFacts(picture: IPicture | undefined): ReadResult['cover'] {
  if (!picture) return undefined;
  const image = toCoverImage(picture);
  return {
    mimeType: image.mimeType,
    bytes: image.data.length,
    ...(image.width !== undefined && { width: image.width }),
    ...(image.height !== undefined && { height: image.height }),
  };
}
