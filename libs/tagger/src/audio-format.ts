import { extname } from 'node:path';
import { AUDIO_FORMATS, type AudioFormat } from './file-tags.js';

/** The format a file's extension names (`.ogg` is Ogg Vorbis, `.opus` Ogg Opus); undefined when not tagged. */
export function formatOf(file: string): AudioFormat | undefined {
  const ext = extname(file).slice(1).toLowerCase();
  return (AUDIO_FORMATS as readonly string[]).includes(ext) ? (ext as AudioFormat) : undefined;
}
