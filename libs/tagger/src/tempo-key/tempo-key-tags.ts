import { Injectable } from '@nestjs/common';
import { openAudioFile, taggableFormat } from '../formats/open-audio-file.js';
import { reasonOf, TagFileError } from '../tag-file.error.js';
import { writeThroughCopy } from '../write-through-copy.js';
import { readTempoKey, type TempoKey, writeTempoKey } from './tempo-key-fields.js';

/**
 * BPM and initial key in a file's tags. Unlike TagWriter, which makes a file's tags exactly what it is given,
 * this changes those two fields only, through the same copy-and-replace write.
 */
@Injectable()
export class TempoKeyTags {
  write(file: string, values: TempoKey): Promise<void> {
    return writeThroughCopy(file, (audio, format) => writeTempoKey(audio, format, values));
  }

  read(file: string): Partial<TempoKey> {
    const format = taggableFormat('read', file);
    const audio = openAudioFile('read', file, format);
    try {
      return readTempoKey(audio, format);
    } catch (error) {
      throw new TagFileError('read', file, reasonOf(error), { cause: error });
    } finally {
      audio.dispose();
    }
  }
}
