import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { generateAudio } from '../media-fixtures.js';
import type { FakeSong } from './fake-song.js';

export type VideoBreakage = 'wrong-duration' | 'truncated';

/** How much longer a "wrong-duration" upload is: well past what verification tolerates. */
const WRONG_BY_SEC = 8;

/**
 * The Ogg Opus file each video id serves, generated with ffmpeg on first use and kept: a tone of the song's
 * length, its pitch different for every video so no two files are the same bytes.
 */
export class AudioFiles {
  private readonly made = new Map<string, Promise<Buffer>>();

  constructor(private readonly dir: string) {}

  get(song: FakeSong, videoId: string, broken?: VideoBreakage): Promise<Buffer> {
    const key = `${videoId}:${broken ?? 'ok'}`;
    let file = this.made.get(key);
    if (!file) {
      file = this.make(song, videoId, broken);
      this.made.set(key, file);
    }
    return file;
  }

  private async make(song: FakeSong, videoId: string, broken?: VideoBreakage): Promise<Buffer> {
    const seconds = song.durationSec + (broken === 'wrong-duration' ? WRONG_BY_SEC : 0);
    const file = join(this.dir, `${videoId}-${broken ?? 'ok'}.opus`);
    await generateAudio(file, `sine=frequency=${pitchOf(videoId)}:duration=${seconds}`, [
      '-c:a',
      'libopus',
      '-b:a',
      '64k',
    ]);
    const bytes = await readFile(file);
    // A cut-off upload: the file simply ends halfway, as a broken re-upload would.
    return broken === 'truncated' ? bytes.subarray(0, Math.floor(bytes.length / 2)) : bytes;
  }
}

function pitchOf(videoId: string): number {
  let hash = 0;
  for (const char of videoId) hash = (hash * 31 + char.charCodeAt(0)) % 1000;
  return 220 + hash;
}
