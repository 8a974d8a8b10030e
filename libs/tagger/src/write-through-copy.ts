import { randomUUID } from 'node:crypto';
import { copyFile, rename, rm } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import type { File } from 'node-taglib-sharp';
import type { AudioFormat } from './file-tags.js';
import { openAudioFile, taggableFormat } from './formats/open-audio-file.js';
import { reasonOf, TagFileError } from './tag-file.error.js';

/**
 * Edits a file's tags in a copy beside it, saves the copy and renames it over the file, so a failure never
 * leaves a half-written file behind. Any error becomes a TagFileError naming the file.
 */
export async function writeThroughCopy(file: string, edit: (audio: File, format: AudioFormat) => void): Promise<void> {
  const format = taggableFormat('write', file);
  const copy = join(dirname(file), `.${basename(file)}.${randomUUID().slice(0, 8)}.tagging${extname(file)}`);
  try {
    await copyFile(file, copy);
    const audio = openAudioFile('write', copy, format, file);
    try {
      edit(audio, format);
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
