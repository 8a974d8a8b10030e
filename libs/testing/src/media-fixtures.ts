import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ProcessRunner } from '@app/platform';

const runner = new ProcessRunner();

/** A temporary folder per test file; remove() deletes it with everything ffmpeg wrote. */
export async function makeTempDir(prefix: string): Promise<{ path: string; remove(): Promise<void> }> {
  const path = await mkdtemp(join(tmpdir(), `${prefix}-`));
  return { path, remove: () => rm(path, { recursive: true, force: true }) };
}

/** Renders a lavfi source graph (e.g. `sine=frequency=440:duration=5`) into a file with the given encoder args. */
export async function generateAudio(file: string, lavfi: string, encode: string[]): Promise<string> {
  await runner.run('ffmpeg', [
    '-hide_banner',
    '-nostdin',
    '-loglevel',
    'error',
    '-y',
    '-f',
    'lavfi',
    '-i',
    lavfi,
    ...encode,
    file,
  ]);
  return file;
}

/** An audio file with a video stream in front of the audio, like a downloaded music video. */
export async function generateMusicVideo(file: string, seconds: number): Promise<string> {
  const args = ['-hide_banner', '-nostdin', '-loglevel', 'error', '-y'];
  const inputs = [
    '-f',
    'lavfi',
    '-i',
    `color=c=red:s=64x64:d=${seconds}`,
    '-f',
    'lavfi',
    '-i',
    `sine=frequency=440:duration=${seconds}`,
  ];
  const maps = ['-map', '0:v', '-map', '1:a', '-c:v', 'libx264', '-c:a', 'aac', '-b:a', '128k'];
  await runner.run('ffmpeg', [...args, ...inputs, ...maps, file]);
  return file;
}

/** Keeps the first half of the bytes, as an interrupted download would. */
export async function cutInHalf(source: string, target: string): Promise<string> {
  const bytes = await readFile(source);
  await writeFile(target, bytes.subarray(0, Math.floor(bytes.length / 2)));
  return target;
}

export async function streamTypes(file: string): Promise<string[]> {
  const { stdout } = await runner.run('ffprobe', [
    '-v',
    'error',
    '-show_entries',
    'stream=codec_type',
    '-of',
    'csv=p=0',
    file,
  ]);
  return stdout.split('\n').filter((line) => line.trim() !== '');
}
