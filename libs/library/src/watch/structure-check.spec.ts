import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { generateAudio, makeTempDir } from '@app/testing';
import { afterId3v2, FileWindow } from './file-window.js';
import { mpegFrameAt } from './mp3-structure.js';
import { checkStructure } from './structure-check.js';
import { open } from 'node:fs/promises';

let dir: { path: string; remove(): Promise<void> };
const files: Record<string, string> = {};

/** Files as encoders write them: CBR and VBR MP3 (with LAME's Info/Xing header), FLAC at two block sizes. */
const ENCODINGS: Record<string, { name: string; lavfi: string; encode: string[] }> = {
  cbr: { name: 'cbr.mp3', lavfi: 'sine=frequency=440:duration=3', encode: ['-c:a', 'libmp3lame', '-b:a', '128k'] },
  vbr: { name: 'vbr.mp3', lavfi: 'anoisesrc=duration=4', encode: ['-c:a', 'libmp3lame', '-q:a', '4'] },
  mono: {
    name: 'mono.mp3',
    lavfi: 'sine=frequency=300:duration=2:sample_rate=22050',
    encode: ['-c:a', 'libmp3lame', '-b:a', '32k'],
  },
  flac: { name: 'tone.flac', lavfi: 'sine=frequency=330:duration=3', encode: ['-c:a', 'flac'] },
  noise: {
    name: 'noise.flac',
    lavfi: 'anoisesrc=duration=5:sample_rate=96000',
    encode: ['-c:a', 'flac', '-sample_fmt', 's32', '-frame_size', '1152'],
  },
  m4a: { name: 'tone.m4a', lavfi: 'sine=frequency=440:duration=1', encode: ['-c:a', 'aac', '-b:a', '96k'] },
};

beforeAll(async () => {
  dir = await makeTempDir('structure-check');
  for (const [key, { name, lavfi, encode }] of Object.entries(ENCODINGS)) {
    files[key] = await generateAudio(join(dir.path, name), lavfi, encode);
  }
  // Tags around the audio: an ID3v1 tag after it (as the watch bench writes), a picture in FLAC's metadata.
  const id3v1 = Buffer.alloc(128);
  id3v1.write('TAG', 0, 'latin1');
  id3v1.write('tagged at the end', 3, 'latin1');
  files['id3v1'] = join(dir.path, 'id3v1.mp3');
  await writeFile(files['id3v1'], Buffer.concat([await readFile(files['cbr']!), id3v1]));
  files['cover'] = await generateAudio(join(dir.path, 'cover.flac'), 'sine=frequency=500:duration=2', [
    '-c:a',
    'flac',
    '-metadata',
    'title=With Tags',
    '-metadata',
    'artist=Someone',
  ]);
}, 60_000);

afterAll(async () => {
  await dir?.remove();
});

/** The first `share` of the file's bytes (or all but `share` bytes when it is negative and whole). */
async function cut(key: string, keep: (size: number) => number): Promise<string> {
  const bytes = await readFile(files[key]!);
  const target = join(dir.path, `cut-${key}-${keep(bytes.length)}${files[key]!.slice(-5)}`);
  await writeFile(target, bytes.subarray(0, keep(bytes.length)));
  return target;
}

describe('checkStructure', () => {
  it.each(['cbr', 'vbr', 'mono', 'id3v1', 'flac', 'noise', 'cover'])('finds the whole %s file whole', async (key) => {
    expect(await checkStructure(files[key]!)).toMatchObject({ kind: 'whole' });
  });

  it('gives the duration a whole FLAC declares', async () => {
    expect(await checkStructure(files['flac']!)).toEqual({ kind: 'whole', durationMs: 3000 });
  });

  const cuts: [string, string, (size: number) => number][] = [];
  for (const key of ['cbr', 'vbr', 'mono', 'id3v1', 'flac', 'noise', 'cover']) {
    cuts.push([key, 'a tenth', (size) => Math.floor(size * 0.1)]);
    cuts.push([key, 'half', (size) => Math.floor(size / 2)]);
    cuts.push([key, 'nine tenths', (size) => Math.floor(size * 0.9)]);
    cuts.push([key, 'all but 1 byte', (size) => size - 1]);
    cuts.push([key, 'all but 200 bytes', (size) => size - 200]);
  }
  it.each(cuts)('finds the %s file cut to %s cut short', async (key, _share, keep) => {
    const verdict = await checkStructure(await cut(key, keep));
    expect(verdict).toMatchObject({ kind: 'cut', reason: expect.any(String) });
  });

  it('finds an MP3 cut exactly after a frame cut short, by the byte count of its Info header', async () => {
    const bytes = await readFile(files['cbr']!);
    const handle = await open(files['cbr']!, 'r');
    let at = await afterId3v2(new FileWindow(handle, bytes.length)).finally(() => handle.close());
    while (!mpegFrameAt(bytes, at)) at++;
    for (let frames = 0; frames < 40; frames++) at += mpegFrameAt(bytes, at)!.length;
    const target = join(dir.path, 'cut-at-frame.mp3');
    await writeFile(target, bytes.subarray(0, at));
    expect(await checkStructure(target)).toEqual({
      kind: 'cut',
      reason: expect.stringMatching(/^holds \d+ of the \d+ audio bytes its header claims$/),
    });
  });

  it('leaves formats it has no check for, and files that are not what their name says, to a decode', async () => {
    expect(await checkStructure(files['m4a']!)).toEqual({ kind: 'unknown' });
    const text = join(dir.path, 'text.flac');
    await writeFile(text, 'not a FLAC file at all\n'.repeat(10));
    expect(await checkStructure(text)).toEqual({ kind: 'unknown' });
    const noise = join(dir.path, 'noise.mp3');
    await writeFile(noise, Buffer.alloc(5000, 0x20));
    expect(await checkStructure(noise)).toEqual({ kind: 'unknown' });
  });
});
