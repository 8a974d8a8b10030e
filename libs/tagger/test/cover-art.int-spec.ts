// CoverArt with the real ffmpeg: pictures of each accepted type come out as JPEG no larger than the edge.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PermanentError } from '@app/core';
import { ProcessRunner } from '@app/platform';
import { CoverArt } from '../src/cover/cover-art.js';
import { makeTempDir, makeTestConfig } from '@app/testing';
import { ffprobe } from './support/ffprobe-view.js';

const runner = new ProcessRunner();
let work: { path: string; remove(): Promise<void> };
let sut: CoverArt;

/** A test picture of the given size, encoded by ffmpeg from the file name's type. */
async function picture(name: string, size: string, encode: string[] = []): Promise<Buffer> {
  const file = join(work.path, name);
  await runner.run('ffmpeg', [
    '-v',
    'error',
    '-f',
    'lavfi',
    '-i',
    `testsrc2=s=${size}`,
    '-frames:v',
    '1',
    ...encode,
    file,
  ]);
  return readFile(file);
}

beforeAll(async () => {
  work = await makeTempDir('truetrack-cover');
  sut = new CoverArt(runner, makeTestConfig());
});

afterAll(() => work.remove());

it.each([
  ['a large PNG', 'big.png', '1600x1600', [], 1200, 1200],
  ['a wide JPEG', 'wide.jpg', '2400x1000', [], 1200, 500],
  ['a tall lossy WebP', 'tall.webp', '900x1800', ['-c:v', 'libwebp'], 600, 1200],
  ['a lossless WebP', 'flat.webp', '1500x300', ['-c:v', 'libwebp', '-lossless', '1'], 1200, 240],
  ['a small PNG (never enlarged)', 'small.png', '500x400', [], 500, 400],
])('turns %s into a %dx%d JPEG for a 1200 px edge', async (_name, file, size, encode, width, height) => {
  const cover = await sut.prepare(await picture(file, size, encode), 1200, { workDir: work.path });

  expect(cover).toMatchObject({ mimeType: 'image/jpeg', width, height });
  const out = join(work.path, `out-${file}.jpg`);
  await writeFile(out, cover.data);
  const [stream] = (await ffprobe(out)).streams;
  expect(stream).toMatchObject({ codec_name: 'mjpeg', width, height });
});

it('leaves nothing behind in the work folder', async () => {
  const before = await readdir(work.path);
  await sut.prepare(await picture('again.png', '300x300'), 100, { workDir: work.path });
  const after = await readdir(work.path);
  expect(after.sort()).toEqual([...before, 'again.png'].sort());
});

it.each([
  [
    'an HTML error page',
    Buffer.from('<!DOCTYPE html><title>404</title>'),
    /^The cover is not a JPEG, PNG or WebP image \(33 bytes starting 3c21444f43545950\)$/,
  ],
  ['nothing at all', Buffer.alloc(0), /^The cover is not a JPEG, PNG or WebP image \(no bytes\)$/],
])('refuses %s before running ffmpeg', async (_name, bytes, message) => {
  const error = await sut.prepare(bytes, 1200).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(PermanentError);
  expect((error as Error).message).toMatch(message);
});

it('fails for good, with ffmpeg’s words, on a PNG that is cut short', async () => {
  const png = await picture('cut.png', '800x800');
  const error = await sut.prepare(png.subarray(0, 200), 1200, { workDir: work.path }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(PermanentError);
  expect((error as Error).message).toMatch(/^The cover \(image\/png\) cannot be decoded: .+/);
});

it('refuses an edge below one pixel', async () => {
  await expect(sut.prepare(await picture('edge.png', '10x10'), 0)).rejects.toThrow(
    new PermanentError('A cover needs a longest edge of at least 1 px, not 0'),
  );
});
