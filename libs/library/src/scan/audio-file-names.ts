import { extname } from 'node:path';
import { isTemporaryName } from '../store/staged-file.js';

/** File extensions a scan indexes. */
export const AUDIO_EXTENSIONS = ['mp3', 'm4a', 'mp4', 'aac', 'opus', 'ogg', 'oga', 'flac'] as const;

const AUDIO = new Set<string>(AUDIO_EXTENSIONS);

/** Suffixes of files other programs are still writing: downloaders, browsers, editors. */
const IN_PROGRESS = /\.(tmp|temp|part|partial|crdownload|download)$/i;

export function isAudioFileName(name: string): boolean {
  return AUDIO.has(extname(name).slice(1).toLowerCase());
}

/** Hidden files and folders (names starting with a dot) and files still being written are left alone. */
export function isSkippedName(name: string): boolean {
  return name.startsWith('.') || isTemporaryName(name) || IN_PROGRESS.test(name);
}

/** The Content-Type a file is served with, by its extension. */
export function audioContentType(name: string): string {
  switch (extname(name).slice(1).toLowerCase()) {
    case 'mp3':
      return 'audio/mpeg';
    case 'm4a':
    case 'mp4':
      return 'audio/mp4';
    case 'aac':
      return 'audio/aac';
    case 'opus':
    case 'ogg':
    case 'oga':
      return 'audio/ogg';
    case 'flac':
      return 'audio/flac';
    default:
      return 'application/octet-stream';
  }
}
