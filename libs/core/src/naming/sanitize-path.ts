import { ValidationError } from '../errors/index.js';
import { MAX_SEGMENT_BYTES, sanitizeSegment } from './sanitize-segment.js';
import { utf8Length } from './utf8.js';

/** Longest relative path written, in UTF-8 bytes: leaves room for a long library root under Linux's 4096. */
export const MAX_PATH_BYTES = 1000;

const GUESSED_EXTENSION = /\.([A-Za-z0-9]{1,5})$/;

/**
 * A safe `/`-separated path relative to the library root: every folder and the file name go through
 * {@link sanitizeSegment}; empty and `.` parts are dropped, so a leading `/` cannot make it absolute and
 * `..` becomes `_`. When the whole path is over 1000 bytes, its longest names are shortened evenly.
 * The file's extension is `extension` or, when not given, guessed from the last name.
 */
export function sanitizePath(relative: string, extension?: string): string {
  const parts = relative.split('/').filter((part) => part.trim() !== '' && part !== '.');
  const last = parts.pop() ?? '';
  const guessed = extension === undefined ? GUESSED_EXTENSION.exec(last) : null;
  const fileName = guessed ? last.slice(0, guessed.index) : last;
  return joinSegments(parts, fileName, extension ?? guessed?.[1]);
}

/** Folder names and a file name, each sanitised, joined under the length limit of the whole path. */
export function joinSegments(folders: string[], fileName: string, extension?: string): string {
  const build = (maxBytes: number) => [
    ...folders.map((folder) => sanitizeSegment(folder, { maxBytes })),
    sanitizeSegment(fileName, { extension, maxBytes }),
  ];
  const full = build(MAX_SEGMENT_BYTES);
  if (pathBytes(full) <= MAX_PATH_BYTES) return full.join('/');
  let low = 1;
  let high = MAX_SEGMENT_BYTES;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (pathBytes(build(middle)) <= MAX_PATH_BYTES) low = middle;
    else high = middle - 1;
  }
  const fitted = build(low);
  if (pathBytes(fitted) > MAX_PATH_BYTES) {
    throw new ValidationError('path', `has ${fitted.length} names; a path can hold at most ${MAX_PATH_BYTES} bytes`);
  }
  return fitted.join('/');
}

function pathBytes(segments: string[]): number {
  return segments.reduce((sum, segment) => sum + utf8Length(segment), segments.length - 1);
}
