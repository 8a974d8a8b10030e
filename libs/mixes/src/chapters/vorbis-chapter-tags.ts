import type { Chapter } from './chapter.js';
import { FRAMES_PER_SECOND } from '../cue/cue-time.js';

/** The Vorbis chapter extension: CHAPTER001=00:04:40.000 and CHAPTER001NAME=Title, numbered from 001. */
export function vorbisChapterTags(chapters: Chapter[]): [string, string][] {
  return chapters.flatMap((chapter, i) => {
    const key = `CHAPTER${String(i + 1).padStart(3, '0')}`;
    return [
      [key, vorbisTime(chapter.startFrames)],
      [`${key}NAME`, chapter.title.replace(/[\r\n]+/g, ' ')],
    ];
  });
}

export const isVorbisChapterTag = (key: string): boolean => /^CHAPTER\d{3}(?:NAME|URL)?$/i.test(key);

function vorbisTime(frames: number): string {
  const ms = Math.round((frames / FRAMES_PER_SECOND) * 1000);
  const h = Math.floor(ms / 3_600_000);
  const m = Math.floor(ms / 60_000) % 60;
  const s = Math.floor(ms / 1000) % 60;
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${pad(h)}:${pad(m)}:${pad(s)}.${pad(ms % 1000, 3)}`;
}
