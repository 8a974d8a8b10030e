// DJ mixes through the API on the whole server: a mix and two tracks in the library are scanned, a pasted
// tracklist is attached to the mix, and the server writes a CUE sheet beside it and chapters into it (read
// back with ffprobe), matches each line to the library, lets a person fix a line, finds the mix by search,
// and requests the missing line as a list.
import { readFile } from 'node:fs/promises';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import request from 'supertest';
import type { LibraryScanDto, LibraryTrackPage, MixDto, MixSearchHitDto, MixSummaryDto } from '@app/contracts';
import { LibraryModule } from '@app/library';
import { probeAudio, readCueSheet } from '@app/mixes';
import { ProcessRunner } from '@app/platform';
import { generateAudio } from '@app/testing';
import { startTestApp, type TestApp } from './support/test-app.js';
import type { Server } from './support/wait-for-job.js';

let testApp: TestApp;
let server: Server;
let root: string;

const TRACKLIST = [
  'Loopback Sessions 001',
  '',
  '[00:00] Glenn Miller - In The Mood [BLUEBIRD]',
  '[00:03] Duke Ellington Orchestra - Take The A Train',
  '[00:05] ID - ID',
  '[00:07] Count Basie - One O Clock Jump',
].join('\n');

beforeAll(async () => {
  // The library's scan and index; no pipeline steps: the requested list's jobs are only created here.
  testApp = await startTestApp({}, { features: [LibraryModule] });
  server = testApp.server;
  root = testApp.config.paths.libraryRoot;
  await mkdir(join(root, 'Mixes'));
  await mkdir(join(root, 'Swing'));
  await generateAudio(join(root, 'Mixes/Loopback Sessions.flac'), 'sine=frequency=440:duration=9', ['-c:a', 'flac']);
  const tagged = (artist: string, title: string) => [
    '-c:a',
    'flac',
    '-metadata',
    `artist=${artist}`,
    '-metadata',
    `title=${title}`,
  ];
  await generateAudio(join(root, 'Swing/In The Mood.flac'), 'sine=duration=2', tagged('Glenn Miller', 'In The Mood'));
  await generateAudio(
    join(root, 'Swing/A Train.flac'),
    'sine=duration=2',
    tagged('Duke Ellington', 'Take The A Train'),
  );
  const { scanId } = (await request(server).post('/api/v1/library/scan').send({}).expect(202)).body as {
    scanId: string;
  };
  for (;;) {
    const scan = (await request(server).get(`/api/v1/library/scans/${scanId}`).expect(200)).body as LibraryScanDto;
    if (scan.status !== 'running') break;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
});

afterAll(() => testApp.close());

async function trackIdOf(path: string): Promise<string> {
  const page = (await request(server).get('/api/v1/library/tracks').expect(200)).body as LibraryTrackPage;
  const track = page.records.find((r) => r.path === path);
  if (!track) throw new Error(`${path} is not in the library`);
  return track.id;
}

describe('mixes API', () => {
  it.each([
    [{ trackId: 'nope', tracklist: 'a - b' }, 'trackId'],
    [{ trackId: '6b1c3f5e-0000-4000-8000-000000000000', tracklist: '' }, 'tracklist'],
    [{ trackId: '6b1c3f5e-0000-4000-8000-000000000000', tracklist: 'a - b' }, 'trackId'],
  ])('refuses %j with a 400 naming %s', async (body, field) => {
    const res = await request(server).post('/api/v1/mixes').send(body).expect(400);
    expect(JSON.stringify(res.body)).toContain(field);
  });

  it('answers an unknown mix with 404 and a bad id with a 400 naming it', async () => {
    await request(server).get('/api/v1/mixes/6b1c3f5e-0000-4000-8000-000000000000').expect(404);
    const res = await request(server).get('/api/v1/mixes/x').expect(400);
    expect(res.body).toMatchObject({ errors: [{ field: 'id' }] });
  });

  it('attaches a tracklist: CUE beside the mix, chapters inside it, lines matched, one fixed, search, request', async () => {
    const mixTrack = await trackIdOf('Mixes/Loopback Sessions.flac');
    const created = (
      await request(server).post('/api/v1/mixes').send({ trackId: mixTrack, tracklist: TRACKLIST }).expect(201)
    ).body as MixDto;

    expect(created).toMatchObject({
      title: 'Loopback Sessions 001',
      tracklistFormat: 'timed',
      cuePath: 'Mixes/Loopback Sessions.cue',
    });
    expect(created.lines.map((l) => [l.position, l.start, l.artist, l.status])).toEqual([
      [1, 0, 'Glenn Miller', 'in-library'],
      [2, 3, 'Duke Ellington Orchestra', 'unsure'],
      [3, 5, 'ID', 'unidentified'],
      [4, 7, 'Count Basie', 'missing'],
    ]);
    expect(created.lines[0]?.trackId).toBe(await trackIdOf('Swing/In The Mood.flac'));
    expect(created.chaptersMethod).toBe('vorbis-comments-format');

    const sheet = readCueSheet(await readFile(join(root, 'Mixes/Loopback Sessions.cue'), 'utf8'));
    expect(sheet.files).toEqual(['Loopback Sessions.flac']);
    expect(sheet.tracks.map((t) => [t.performer, t.title, t.startFrames / 75])).toEqual([
      ['Glenn Miller', 'In The Mood', 0],
      ['Duke Ellington Orchestra', 'Take The A Train', 3],
      ['', 'ID', 5],
      ['Count Basie', 'One O Clock Jump', 7],
    ]);
    const probe = await probeAudio(new ProcessRunner(), join(root, 'Mixes/Loopback Sessions.flac'));
    expect(probe.chapters.map((c) => [c.title, c.start])).toEqual([
      ['Glenn Miller - In The Mood', 0],
      ['Duke Ellington Orchestra - Take The A Train', 3],
      ['ID', 5],
      ['Count Basie - One O Clock Jump', 7],
    ]);

    const unsure = created.lines[1]!;
    const aTrain = await trackIdOf('Swing/A Train.flac');
    expect(unsure.candidates).toEqual([
      {
        trackId: aTrain,
        artist: 'Duke Ellington',
        title: 'Take The A Train',
        album: null,
        year: null,
        durationMs: 2000,
        score: 0.9,
        reasons: ['title equal', 'artist one holds the other'],
      },
    ]);
    const notOne = await request(server)
      .put(`/api/v1/mixes/${created.id}/lines/${unsure.id}`)
      .send({ recordingId: 'not-a-uuid' })
      .expect(400);
    expect(JSON.stringify(notOne.body)).toContain('recordingId');
    const fixed = (
      await request(server).put(`/api/v1/mixes/${created.id}/lines/${unsure.id}`).send({ trackId: aTrain }).expect(200)
    ).body as MixDto;
    expect(fixed.lines[1]).toMatchObject({ status: 'fixed', trackId: aTrain });
    const typed = (
      await request(server)
        .put(`/api/v1/mixes/${created.id}/lines/${created.lines[2]!.id}`)
        .send({ artist: 'Duke Ellington', title: 'Take The A Train' })
        .expect(200)
    ).body as MixDto;
    expect(typed.lines[2]).toMatchObject({
      artist: 'Duke Ellington',
      status: 'fixed',
      unidentified: false,
      trackId: aTrain,
    });
    const half = await request(server)
      .put(`/api/v1/mixes/${created.id}/lines/${unsure.id}`)
      .send({ artist: 'x' })
      .expect(400);
    expect(JSON.stringify(half.body)).toContain('title');

    const hits = (await request(server).get('/api/v1/mixes/search').query({ q: 'ellingt' }).expect(200))
      .body as MixSearchHitDto[];
    expect(hits).toEqual([
      expect.objectContaining({
        mixId: created.id,
        lines: [expect.objectContaining({ position: 2 }), expect.objectContaining({ position: 3 })],
      }),
    ]);
    expect((await request(server).get('/api/v1/mixes/search').query({ q: 'basie' }).expect(200)).body).toHaveLength(1);
    expect((await request(server).get('/api/v1/mixes/search').query({ q: 'sinatra' }).expect(200)).body).toEqual([]);
    expect(
      (await request(server).get('/api/v1/mixes/search').query({ q: '"); DROP TABLE mix; --' }).expect(200)).body,
    ).toEqual([]);

    const list = (await request(server).get('/api/v1/mixes').expect(200)).body as MixSummaryDto[];
    expect(list).toEqual([expect.objectContaining({ id: created.id, lineCount: 4, unsureCount: 0, missingCount: 1 })]);

    const requested = await request(server).post(`/api/v1/mixes/${created.id}/request-missing`).expect(201);
    expect(requested.body).toMatchObject({ requested: 1 });
    const after = (await request(server).get(`/api/v1/mixes/${created.id}`).expect(200)).body as MixDto;
    expect(after.lines[3]?.status).toBe('requested');
    await request(server).post(`/api/v1/mixes/${created.id}/request-missing`).expect(400);

    const cue = await request(server).get(`/api/v1/mixes/${created.id}/cue`).expect(200);
    expect(cue.headers['content-disposition']).toContain('Loopback%20Sessions.cue');
    expect(readCueSheet(cue.text).tracks.map((t) => t.title)).toEqual([
      'In The Mood',
      'Take The A Train',
      'Take The A Train',
      'One O Clock Jump',
    ]);

    // A new tracklist for the same file replaces the mix: its old lines leave the search index too.
    const replaced = (
      await request(server)
        .post('/api/v1/mixes')
        .send({ trackId: mixTrack, tracklist: '0:00 Artie Shaw - Begin The Beguine\n1:00 Artie Shaw - Frenesi' })
        .expect(201)
    ).body as MixDto;
    expect(replaced.id).not.toBe(created.id);
    expect((await request(server).get('/api/v1/mixes/search').query({ q: 'basie' }).expect(200)).body).toEqual([]);
    expect((await request(server).get('/api/v1/mixes/search').query({ q: 'artie' }).expect(200)).body).toEqual([
      expect.objectContaining({ mixId: replaced.id }),
    ]);
    await request(server).get(`/api/v1/mixes/${created.id}`).expect(404);
  });
});
