// Splitting a mix through the API on the whole server: a scanned 3-tone FLAC mix with a pasted tracklist is
// split by `POST /api/v1/mixes/:id/split`; the parts are followed to the end, found in the library's track list
// with their tags, and read back from the files beside the mix.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import request from 'supertest';
import type { LibraryScanDto, LibraryTrackPage, MixDto, MixSplitDto } from '@app/contracts';
import { LibraryModule } from '@app/library';
import { TagReader } from '@app/tagger';
import { generateAudio, pollUntil } from '@app/testing';
import { startTestApp, type TestApp } from './support/test-app.js';
import type { Server } from './support/wait-for-job.js';

let testApp: TestApp;
let server: Server;
let root: string;

// Two, three and two seconds: the tracklist's whole-second times fall on the tones' edges.
const threeTones = [
  'sine=frequency=440:duration=2:sample_rate=44100[a]',
  'sine=frequency=660:duration=3:sample_rate=44100[b]',
  'sine=frequency=880:duration=2:sample_rate=44100[c]',
  '[a][b][c]concat=n=3:v=0:a=1',
].join(';');

async function scan(): Promise<void> {
  const { scanId } = (await request(server).post('/api/v1/library/scan').send({}).expect(202)).body as {
    scanId: string;
  };
  await pollUntil(
    async () => (await request(server).get(`/api/v1/library/scans/${scanId}`).expect(200)).body as LibraryScanDto,
    (s) => s.status !== 'running',
    30_000,
  );
}

async function tracks(): Promise<LibraryTrackPage['records']> {
  return ((await request(server).get('/api/v1/library/tracks').expect(200)).body as LibraryTrackPage).records;
}

beforeAll(async () => {
  testApp = await startTestApp({}, { features: [LibraryModule] });
  server = testApp.server;
  root = testApp.config.paths.libraryRoot;
  await mkdir(join(root, 'Mixes'));
  await generateAudio(join(root, 'Mixes/Three Tones.flac'), threeTones, ['-c:a', 'flac']);
  await generateAudio(join(root, 'Mixes/One Line.flac'), 'sine=duration=3', ['-c:a', 'flac']);
  await scan();
});

afterAll(() => testApp.close());

describe('POST /api/v1/mixes/:id/split', () => {
  it('answers a bad id with a 400 naming it, an unknown mix with a 404', async () => {
    const bad = await request(server).post('/api/v1/mixes/not-a-mix/split').expect(400);
    expect(bad.body).toMatchObject({ errors: [{ field: 'id' }] });
    await request(server).post('/api/v1/mixes/6b1c3f5e-0000-4000-8000-000000000000/split').expect(404);
    await request(server).get('/api/v1/mixes/not-a-mix/split').expect(400);
  });

  it('refuses a mix with fewer than two timed lines, naming the mix id', async () => {
    const trackId = (await tracks()).find((t) => t.path === 'Mixes/One Line.flac')!.id;
    const mix = (
      await request(server)
        .post('/api/v1/mixes')
        .send({ trackId, tracklist: '[00:00] Artie Shaw - Frenesi\nArtie Shaw - Begin The Beguine' })
        .expect(201)
    ).body as MixDto;
    const res = await request(server).post(`/api/v1/mixes/${mix.id}/split`).expect(400);
    expect(res.body).toMatchObject({ errors: [{ field: 'id', message: expect.stringContaining('two timed lines') }] });
  });

  it('cuts the mix into three tagged parts beside it, in the library and linked to the mix', async () => {
    const trackId = (await tracks()).find((t) => t.path === 'Mixes/Three Tones.flac')!.id;
    const tracklist = ['[0:00] Tone Trio - Four Forty', '[0:02] Tone Trio - Six Sixty', '[0:05] ID - ID'].join('\n');
    const mix = (await request(server).post('/api/v1/mixes').send({ trackId, tracklist }).expect(201)).body as MixDto;
    const idle = (await request(server).get(`/api/v1/mixes/${mix.id}/split`).expect(200)).body as MixSplitDto;
    expect(idle).toMatchObject({ state: 'idle', parts: [] });

    const started = (await request(server).post(`/api/v1/mixes/${mix.id}/split`).expect(202)).body as MixSplitDto;
    expect(started).toMatchObject({ state: 'running', total: 3 });
    const done = await pollUntil(
      async () => (await request(server).get(`/api/v1/mixes/${mix.id}/split`).expect(200)).body as MixSplitDto,
      (s) => s.state !== 'running',
      60_000,
    );

    expect(done).toMatchObject({ state: 'done', done: 3, total: 3, error: null, sampleExact: true });
    expect(done.parts.map((p) => [p.position, p.path, p.artist, p.title])).toEqual([
      [1, 'Mixes/Three Tones (parts)/01 - Tone Trio - Four Forty.flac', 'Tone Trio', 'Four Forty'],
      [2, 'Mixes/Three Tones (parts)/02 - Tone Trio - Six Sixty.flac', 'Tone Trio', 'Six Sixty'],
      [3, 'Mixes/Three Tones (parts)/03 - ID.flac', 'ID', 'ID'],
    ]);
    expect(done.parts.map((p) => p.lineId)).toEqual(mix.lines.map((l) => l.id));
    const library = await tracks();
    for (const part of done.parts) {
      expect(library.find((t) => t.id === part.trackId)).toMatchObject({ path: part.path });
    }
    const reader = new TagReader();
    const read = await Promise.all(done.parts.map((p) => reader.read(join(root, p.path))));
    expect(read.map((r) => [r.tags.metadata.artists, r.tags.metadata.title])).toEqual([
      [['Tone Trio'], 'Four Forty'],
      [['Tone Trio'], 'Six Sixty'],
      [[], 'ID'],
    ]);
    expect(read.map((r) => Math.round((r.audio.durationMs ?? 0) / 100) / 10)).toEqual([2, 3, 2]);
  });
});
