import type { Chapter } from './chapter.js';

/** FFMETADATA escapes these with a backslash; a raw newline would start a new key. */
const escape = (value: string): string => value.replace(/[\\=;#\n]/g, (c) => (c === '\n' ? ' ' : `\\${c}`));

/** An FFMETADATA1 file holding only chapters, in CUE frames so no rounding happens on the way in. */
export function buildFfmetadata(chapters: Chapter[]): string {
  const blocks = chapters.map((chapter) =>
    [
      '[CHAPTER]',
      'TIMEBASE=1/75',
      `START=${chapter.startFrames}`,
      `END=${chapter.endFrames}`,
      `title=${escape(chapter.title)}`,
    ].join('\n'),
  );
  return [';FFMETADATA1', ...blocks].join('\n') + '\n';
}
