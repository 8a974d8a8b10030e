import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ProcessRunner } from '@app/platform';

const AUDIO = /\.(mp3|m4a|mp4|aac|opus|ogg|oga|flac)$/i;
const LEFTOVER = /(^\.truetrack-.*|\.part|\.tmp)$/;

export interface ExpectedSong {
  title: string;
  durationSec: number;
}

export interface LibraryInspection {
  files: string[];
  /** Audio files beyond the first of each title. */
  duplicated: string[];
  /** Titles expected but without any file. */
  missing: string[];
  /** Temporary or half-written files. */
  leftovers: string[];
  /** Files that do not decode, or whose length is not the song's. */
  broken: string[];
}

const runner = new ProcessRunner();

/** Everything a crash could have left wrong in a library: duplicates, gaps, `.part` files, cut-off audio. */
export async function inspectLibrary(root: string, expected: ExpectedSong[]): Promise<LibraryInspection> {
  const all = existsSync(root) ? readdirSync(root, { recursive: true, encoding: 'utf8' }) : [];
  const names = all.filter((file) => !file.endsWith('/'));
  const files = names.filter((file) => AUDIO.test(file) && !LEFTOVER.test(file.split('/').pop()!)).sort();
  const leftovers = names.filter((file) => LEFTOVER.test(file.split('/').pop()!));
  const byTitle = new Map<string, string[]>();
  const broken: string[] = [];
  for (const file of files) {
    const probe = await probeFile(join(root, file));
    const song = expected.find((s) => s.title === probe?.title);
    if (!probe || !song || Math.abs(probe.duration - song.durationSec) > 0.5) {
      broken.push(
        `${file} (${probe ? `${probe.title ?? 'no title'}, ${probe.duration.toFixed(2)} s` : 'does not decode'})`,
      );
      continue;
    }
    byTitle.set(song.title, [...(byTitle.get(song.title) ?? []), file]);
  }
  return {
    files,
    duplicated: [...byTitle.values()].flatMap((paths) => paths.slice(1)),
    missing: expected.map((s) => s.title).filter((title) => !byTitle.has(title)),
    leftovers,
    broken,
  };
}

async function probeFile(file: string): Promise<{ title?: string; duration: number } | undefined> {
  try {
    // A full decode, not just the header: a truncated file still has a header.
    const decoded = await runner.run('ffmpeg', ['-v', 'error', '-nostdin', '-i', file, '-f', 'null', '-'], {
      timeoutMs: 30_000,
    });
    if (decoded.stderrTail.trim() !== '') return undefined;
    const { stdout } = await runner.run(
      'ffprobe',
      ['-v', 'error', '-show_entries', 'format=duration:format_tags=title:stream_tags=title', '-of', 'json', file],
      { timeoutMs: 30_000 },
    );
    const parsed = JSON.parse(stdout) as {
      format?: { duration?: string; tags?: Record<string, string> };
      streams?: { tags?: Record<string, string> }[];
    };
    const tags = { ...parsed.streams?.[0]?.tags, ...parsed.format?.tags };
    const title = Object.entries(tags).find(([key]) => key.toLowerCase() === 'title')?.[1];
    return { title, duration: Number(parsed.format?.duration ?? NaN) };
  } catch {
    return undefined;
  }
}
