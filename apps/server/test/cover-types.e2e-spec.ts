// A cover's type is what its bytes are, never what the tag declares: a picture tagged `text/html` must not
// run as a page on the admin UI's origin (stored XSS through a downloaded or imported file).
import { mkdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { ByteVector, File, Picture, PictureType, StringType } from 'node-taglib-sharp';
import request from 'supertest';
import type { LibraryScanDto, LibraryTrackPage } from '@app/contracts';
import { ProcessRunner } from '@app/platform';
import { generateAudio, makeTempDir } from '@app/testing';
import { startTestApp, type TestApp } from './support/test-app.js';

let testApp: TestApp;
let work: { path: string; remove(): Promise<void> };

const HTML = '<html><body><script>fetch("/api/v1/auth/api-key")</script></body></html>';

/** An MP3 in the library whose front picture holds `data` and declares `mimeType`. */
async function trackWithPicture(relative: string, title: string, data: Buffer, mimeType: string): Promise<void> {
  const file = join(testApp.config.paths.libraryRoot, relative);
  await mkdir(dirname(file), { recursive: true });
  await generateAudio(file, 'sine=frequency=440:duration=1', [
    ...['-c:a', 'libmp3lame', '-b:a', '128k', '-metadata', `title=${title}`, '-metadata', 'artist=Mallory'],
  ]);
  const tagged = File.createFromPath(file);
  try {
    tagged.tag.pictures = [
      Picture.fromFullData(ByteVector.fromByteArray(data), PictureType.FrontCover, mimeType, 'cover'),
    ];
    tagged.save();
  } finally {
    tagged.dispose();
  }
}

beforeAll(async () => {
  testApp = await startTestApp({}, {});
  work = await makeTempDir('truetrack-cover-types');
  const jpeg = join(work.path, 'red.jpg');
  await new ProcessRunner().run('ffmpeg', [
    ...['-hide_banner', '-nostdin', '-loglevel', 'error', '-y', '-f', 'lavfi', '-i', 'color=c=red:s=16x16'],
    ...['-frames:v', '1', jpeg],
  ]);
  await trackWithPicture(
    'Mallory/html.mp3',
    'Html Picture',
    Buffer.from(ByteVector.fromString(HTML, StringType.UTF8).toByteArray()),
    'text/html',
  );
  await trackWithPicture('Mallory/jpeg.mp3', 'Jpeg Declared Html', await readFile(jpeg), 'text/html');
  const { scanId } = (await request(testApp.server).post('/api/v1/library/scan').send({}).expect(202)).body as {
    scanId: string;
  };
  for (;;) {
    const scan = (await request(testApp.server).get(`/api/v1/library/scans/${scanId}`).expect(200))
      .body as LibraryScanDto;
    if (scan.status !== 'running') break;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
});

afterAll(async () => {
  await testApp?.close();
  await work?.remove();
});

const idOf = async (title: string) =>
  (
    (
      await request(testApp.server)
        .get(`/api/v1/library/tracks?search=${encodeURIComponent(title)}`)
        .expect(200)
    ).body as LibraryTrackPage
  ).records[0]!.id;

it('does not serve a picture whose bytes are HTML, whatever type the tag declares', async () => {
  const answer = await request(testApp.server).get(`/api/v1/library/tracks/${await idOf('Html Picture')}/cover`);
  expect(answer.status).toBe(404);
  expect(answer.headers['content-type']).toMatch(/^application\/json/);
  expect(answer.text).not.toContain('<script>');
  expect(answer.headers['x-content-type-options']).toBe('nosniff');
});

it('serves a real image declared as text/html as the image it is', async () => {
  const answer = await request(testApp.server)
    .get(`/api/v1/library/tracks/${await idOf('Jpeg Declared Html')}/cover`)
    .expect(200);
  expect(answer.headers['content-type']).toBe('image/jpeg');
  expect(answer.headers['x-content-type-options']).toBe('nosniff');
});
