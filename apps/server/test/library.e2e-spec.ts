// The library API on the whole server: a scan of real files (ffmpeg-made, tagged with -metadata), the track
// list with search, sort and paging, a track's details, its cover, its audio with byte ranges, and the 400s.
import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rm, symlink, unlink, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import request from 'supertest';
import type { JobDto, LibraryScanDto, LibraryTrackDetailDto, LibraryTrackDto, LibraryTrackPage } from '@app/contracts';
import { LibraryIndex, LibraryModule } from '@app/library';
import { ProcessRunner } from '@app/platform';
import { generateAudio, makeTempDir } from '@app/testing';
import { startTestApp, type TestApp } from './support/test-app.js';
import type { Server } from './support/wait-for-job.js';

let testApp: TestApp;
let server: Server;
let root: string;
let outside: { path: string; remove(): Promise<void> };

const ffmpeg = (args: string[]) =>
  new ProcessRunner().run('ffmpeg', ['-hide_banner', '-nostdin', '-loglevel', 'error', '-y', ...args]);

/** A 1 s file in the library, tagged by ffmpeg; with `cover`, a 32x32 JPEG is attached as front cover. */
async function track(relative: string, tags: Record<string, string>, encode: string[], cover = false) {
  const file = join(root, relative);
  await mkdir(dirname(file), { recursive: true });
  const metadata = Object.entries(tags).flatMap(([key, value]) => ['-metadata', `${key}=${value}`]);
  if (!cover) return generateAudio(file, 'sine=frequency=440:duration=1', [...encode, ...metadata]);
  const picture = join(outside.path, 'cover.jpg');
  await ffmpeg(['-f', 'lavfi', '-i', 'color=c=red:s=32x32', '-frames:v', '1', picture]);
  await ffmpeg([
    ...['-f', 'lavfi', '-i', 'sine=frequency=440:duration=1', '-i', picture],
    ...['-map', '0:a', '-map', '1:v', ...encode, '-c:v', 'copy', '-disposition:v', 'attached_pic'],
    ...['-id3v2_version', '3', ...metadata, file],
  ]);
  return file;
}

const MP3 = ['-c:a', 'libmp3lame', '-b:a', '128k'];

async function buildLibrary(): Promise<void> {
  await track(
    'Daft Punk/Discovery/01 One More Time.mp3',
    { title: 'One More Time', artist: 'Daft Punk', album: 'Discovery', track: '1', date: '2001' },
    MP3,
    true,
  );
  await track(
    'Daft Punk/Discovery/02 Aerodynamic.flac',
    { title: 'Aerodynamic', artist: 'Daft Punk', album: 'Discovery', track: '2', date: '2001' },
    ['-c:a', 'flac'],
  );
  await track('Björk/Homogenic/Jóga.opus', { title: 'Jóga', artist: 'Björk', album: 'Homogenic', date: '1997' }, [
    '-c:a',
    'libopus',
  ]);
  await track(
    'The Killers/Hot Fuss/Mr. Brightside.m4a',
    { title: 'Mr. Brightside', artist: 'The Killers', album: 'Hot Fuss', date: '2004' },
    ['-c:a', 'aac'],
  );
  await track('_unsorted/100% Unknown.ogg', { title: '100% Unknown', artist: 'Nobody' }, ['-c:a', 'libvorbis']);
}

async function runScan(body: object = {}): Promise<LibraryScanDto> {
  const { scanId } = (await request(server).post('/api/v1/library/scan').send(body).expect(202)).body as {
    scanId: string;
  };
  for (;;) {
    const scan = (await request(server).get(`/api/v1/library/scans/${scanId}`).expect(200)).body as LibraryScanDto;
    if (scan.status !== 'running') return scan;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

async function list(query: string): Promise<LibraryTrackPage> {
  return (await request(server).get(`/api/v1/library/tracks?${query}`).expect(200)).body as LibraryTrackPage;
}

async function trackNamed(title: string): Promise<LibraryTrackDto> {
  const page = await list(`search=${encodeURIComponent(title)}`);
  const found = page.records.find((record) => record.title === title);
  if (!found) throw new Error(`${title} is not in the library index`);
  return found;
}

beforeAll(async () => {
  testApp = await startTestApp({}, { features: [LibraryModule] });
  server = testApp.server;
  root = testApp.config.paths.libraryRoot;
  outside = await makeTempDir('truetrack-e2e-outside');
  await buildLibrary();
});

afterAll(async () => {
  await testApp.close();
  await outside.remove();
});

describe('scan', () => {
  it('indexes the library and reports the counts', async () => {
    const scan = await runScan();
    expect(scan).toMatchObject({
      status: 'done',
      path: '',
      counts: { seen: 5, indexed: 5, unchanged: 0, removed: 0, failed: 0 },
      unreadable: [],
    });
    expect(Date.parse(scan.finishedAt!)).toBeGreaterThanOrEqual(Date.parse(scan.startedAt));
    expect((await runScan({ path: 'Daft Punk' })).counts).toMatchObject({ seen: 2, unchanged: 2, indexed: 0 });
  });

  it('announces its progress on the event stream', async () => {
    const abort = new AbortController();
    const response = await fetch(`${testApp.baseUrl}/api/v1/events`, { signal: abort.signal });
    const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
    const scan = await runScan();
    let text = '';
    while (!text.includes('"phase":"done"')) {
      const { value, done } = await reader.read();
      if (done) throw new Error('the event stream ended before the scan was announced done');
      text += value;
    }
    abort.abort();
    expect(text).toContain('event: library.scan');
    expect(text).toContain(`"scanId":"${scan.id}"`);
  });
});

describe('tracks', () => {
  it('lists the tracks by artist, with search, filters, sort and paging', async () => {
    const all = await list('');
    expect(all).toMatchObject({ page: 1, pageSize: 50, sortKey: 'artist', sortDirection: 'asc', totalRecords: 5 });
    expect(all.records.map((r) => r.artist)).toEqual(['Björk', 'Daft Punk', 'Daft Punk', 'Nobody', 'The Killers']);
    expect(all.records.map((r) => r.title).slice(1, 3)).toEqual(['One More Time', 'Aerodynamic']);

    expect((await list('search=DISCOVERY')).totalRecords).toBe(2);
    expect((await list('search=100%25')).records.map((r) => r.title)).toEqual(['100% Unknown']);
    expect((await list('format=flac')).records.map((r) => r.title)).toEqual(['Aerodynamic']);
    expect((await list('hasCover=true')).records.map((r) => r.title)).toEqual(['One More Time']);
    expect((await list('artist=daft%20punk&album=Discovery')).totalRecords).toBe(2);

    const byYear = await list('sortKey=year&sortDirection=descending');
    expect(byYear.sortDirection).toBe('desc');
    expect(byYear.records.map((r) => r.year)).toEqual([2004, 2001, 2001, 1997, null]);

    const pages = await Promise.all([1, 2, 3].map((page) => list(`sortKey=title&pageSize=2&page=${page}`)));
    expect(pages.map((p) => p.records.map((r) => r.title))).toEqual([
      ['100% Unknown', 'Aerodynamic'],
      ['Jóga', 'Mr. Brightside'],
      ['One More Time'],
    ]);
    expect(pages.every((p) => p.totalRecords === 5)).toBe(true);
  });

  it('shows a track with every tag, its audio as read now, its cover facts and its job', async () => {
    const listed = await trackNamed('One More Time');
    const job = (await request(server).post('/api/v1/jobs').send({ query: 'one more time daft punk' }).expect(201))
      .body as JobDto;
    const index = testApp.app.get(LibraryIndex, { strict: false });
    await index.upsert({ ...(await index.findById(listed.id))!, jobId: job.id });

    const detail = (await request(server).get(`/api/v1/library/tracks/${listed.id}`).expect(200))
      .body as LibraryTrackDetailDto;

    expect(detail).toMatchObject({
      id: listed.id,
      path: 'Daft Punk/Discovery/01 One More Time.mp3',
      format: 'mp3',
      title: 'One More Time',
      artist: 'Daft Punk',
      album: 'Discovery',
      trackNumber: 1,
      year: 2001,
      hasCover: true,
      cover: { mimeType: 'image/jpeg' },
      jobId: job.id,
      job: { id: job.id, query: 'one more time daft punk' },
      hasFingerprint: false,
    });
    expect(detail.audio).toMatchObject({ lossless: false, channels: 1 });
    expect(detail.tags).toMatchObject({ metadata: { title: 'One More Time', album: 'Discovery' } });
    expect(detail.contentHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('serves the embedded cover with an ETag, 304 when unchanged, 404 when there is none', async () => {
    const withCover = await trackNamed('One More Time');
    const first = await fetch(`${testApp.baseUrl}/api/v1/library/tracks/${withCover.id}/cover`);
    expect(first.status).toBe(200);
    expect(first.headers.get('content-type')).toBe('image/jpeg');
    const bytes = Buffer.from(await first.arrayBuffer());
    expect(bytes.subarray(0, 3)).toEqual(Buffer.from([0xff, 0xd8, 0xff]));
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^".+"$/);

    const again = await fetch(`${testApp.baseUrl}/api/v1/library/tracks/${withCover.id}/cover`, {
      headers: { 'if-none-match': etag },
    });
    expect(again.status).toBe(304);

    const without = await trackNamed('Aerodynamic');
    const none = await request(server).get(`/api/v1/library/tracks/${without.id}/cover`).expect(404);
    expect(none.body.message).toMatch(/no embedded cover/);
  });

  it('streams the audio whole or by byte range', async () => {
    const listed = await trackNamed('One More Time');
    const bytes = await readFile(join(root, listed.path));
    const size = bytes.length;
    const url = `${testApp.baseUrl}/api/v1/library/tracks/${listed.id}/stream`;
    const get = (range?: string) => fetch(url, range ? { headers: { range } } : {});

    const whole = await get();
    expect(whole.status).toBe(200);
    expect(whole.headers.get('content-type')).toBe('audio/mpeg');
    expect(whole.headers.get('accept-ranges')).toBe('bytes');
    expect(whole.headers.get('content-length')).toBe(String(size));
    expect(Buffer.from(await whole.arrayBuffer())).toEqual(bytes);

    const cases: [string, number, number][] = [
      ['bytes=0-99', 0, 99],
      ['bytes=100-', 100, size - 1],
      ['bytes=-50', size - 50, size - 1],
      [`bytes=10-${size + 1000}`, 10, size - 1],
    ];
    for (const [range, start, end] of cases) {
      const partial = await get(range);
      expect(partial.status).toBe(206);
      expect(partial.headers.get('content-range')).toBe(`bytes ${start}-${end}/${size}`);
      expect(partial.headers.get('content-length')).toBe(String(end - start + 1));
      expect(Buffer.from(await partial.arrayBuffer())).toEqual(bytes.subarray(start, end + 1));
    }

    const beyond = await get(`bytes=${size}-`);
    expect(beyond.status).toBe(416);
    expect(beyond.headers.get('content-range')).toBe(`bytes */${size}`);
    expect(((await beyond.json()) as { errors: { field: string }[] }).errors[0]!.field).toBe('range');

    const flac = await fetch(`${testApp.baseUrl}/api/v1/library/tracks/${(await trackNamed('Aerodynamic')).id}/stream`);
    expect(flac.headers.get('content-type')).toBe('audio/flac');
    await flac.arrayBuffer();
  });

  it('refuses to stream a file whose path now leads outside the library, and 404s a file that is gone', async () => {
    const secret = join(outside.path, 'secret.mp3');
    await writeFile(secret, 'outside bytes');
    await track('Links/inside.mp3', { title: 'Link Target' }, MP3);
    await symlink(join(root, 'Links/inside.mp3'), join(root, 'Links/link.mp3'));
    await runScan({ path: 'Links' });
    const [linked] = (await list('search=Link%20Target&sortKey=title')).records.filter((r) =>
      r.path.endsWith('link.mp3'),
    );
    await unlink(join(root, 'Links/link.mp3'));
    await symlink(secret, join(root, 'Links/link.mp3'));

    const refused = await request(server).get(`/api/v1/library/tracks/${linked!.id}/stream`).expect(403);
    expect(refused.body.message).toMatch(/outside the library root/);

    const target = (await list('search=Link%20Target')).records.find((r) => r.path === 'Links/inside.mp3')!;
    await rm(join(root, 'Links/inside.mp3'));
    await request(server).get(`/api/v1/library/tracks/${target.id}/stream`).expect(404);
  });
});

describe('bad requests', () => {
  it.each([
    ['pageSize=501', 'pageSize'],
    ['pageSize=0', 'pageSize'],
    ['page=abc', 'page'],
    ['sortKey=rating', 'sortKey'],
    ['sortDirection=up', 'sortDirection'],
    ['format=wav', 'format'],
    ['hasCover=maybe', 'hasCover'],
    ['jobId=42', 'jobId'],
    ['search=%00', 'search'],
  ])('answers 400 naming the field for %s', async (query, field) => {
    const response = await request(server).get(`/api/v1/library/tracks?${query}`).expect(400);
    expect(response.body.errors.map((e: { field: string }) => e.field)).toEqual([field]);
  });

  it.each([
    ['/api/v1/library/tracks/not-a-uuid'],
    ['/api/v1/library/tracks/42/stream'],
    ['/api/v1/library/tracks/x/cover'],
    ['/api/v1/library/scans/nope'],
  ])('answers 400 naming id for %s', async (path) => {
    const response = await request(server).get(path).expect(400);
    expect(response.body.errors).toEqual([{ field: 'id', message: 'id must be a UUID' }]);
  });

  it('answers 404 for ids nobody knows', async () => {
    const id = randomUUID();
    for (const path of [`tracks/${id}`, `tracks/${id}/stream`, `tracks/${id}/cover`, `scans/${id}`]) {
      await request(server).get(`/api/v1/library/${path}`).expect(404);
    }
  });

  it.each([
    [{ path: '../..' }],
    [{ path: '/etc' }],
    [{ path: 'No Such Folder' }],
    [{ path: 5 }],
    [{ path: 'a', x: 1 }],
  ])('refuses to scan %j, naming the field', async (body) => {
    const response = await request(server).post('/api/v1/library/scan').send(body).expect(400);
    expect(response.body.errors.length).toBeGreaterThan(0);
    expect(['path', 'x']).toContain(response.body.errors[0].field);
  });
});
