import { File, ReadStyle } from 'node-taglib-sharp';
import { formatOf } from '../audio-format.js';
import { AUDIO_FORMATS, type AudioFormat } from '../file-tags.js';
import { reasonOf, TagFileError } from '../tag-file.error.js';

/** The format of a file TrueTrack can tag, or a TagFileError naming what it cannot. */
export function taggableFormat(action: 'read' | 'write', file: string): AudioFormat {
  const format = formatOf(file);
  if (!format) throw new TagFileError(action, file, `not a format TrueTrack tags (${AUDIO_FORMATS.join(', ')})`);
  return format;
}

/**
 * Opens `path` with taglib as `format` (a temp copy may carry another name). Pictures load only when asked
 * for, which keeps a library scan from reading every cover.
 */
export function openAudioFile(action: 'read' | 'write', path: string, format: AudioFormat, shownAs = path): File {
  try {
    return File.createFromPath(path, `taglib/${format}`, ReadStyle.Average | ReadStyle.PictureLazy);
  } catch (error) {
    throw new TagFileError(action, shownAs, reasonOf(error), { cause: error });
  }
}
