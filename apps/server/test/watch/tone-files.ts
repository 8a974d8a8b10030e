import { join } from 'node:path';
import { generateAudio, makeTempDir } from '@app/testing';

/** The audio the watch suites copy into their folders: a short MP3 and a FLAC, made once per suite by ffmpeg. */
export interface ToneFiles {
  /** Their folder, outside the watched ones: room for a file kept aside. */
  dir: string;
  mp3: string;
  flac: string;
  remove(): Promise<void>;
}

export async function makeToneFiles(label: string): Promise<ToneFiles> {
  const dir = await makeTempDir(label);
  const mp3 = await generateAudio(join(dir.path, 'tone.mp3'), 'sine=frequency=440:duration=2', [
    '-c:a',
    'libmp3lame',
    '-b:a',
    '96k',
  ]);
  const flac = await generateAudio(join(dir.path, 'tone.flac'), 'sine=frequency=330:duration=3', ['-c:a', 'flac']);
  return { dir: dir.path, mp3, flac, remove: () => dir.remove() };
}
