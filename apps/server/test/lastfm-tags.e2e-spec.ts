// Last.fm tags through the API on the whole server, against a loopback Last.fm serving recorded getTopTags
// answers: three library tracks are synced (one tagged from its own and its artist's tags, one after a rate
// limit, one unknown to Last.fm), a second sync finds nothing new, `since` syncs again, and bad input gets a 400.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import request from 'supertest';
import { AnalysisModule } from '@app/analysis';
import type { LibraryScanDto, LibraryTrackPage } from '@app/contracts';
import { generateAudio, pollUntil } from '@app/testing';
import { type FakeLastfmTags, startFakeLastfmTags } from './support/fake-lastfm-tags.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import type { Server } from './support/wait-for-job.js';

interface StoredTags {
  trackId: string;
  status: string;
  tags: { name: string; kind: string; count: number; from: string }[];
}

let lastfm: FakeLastfmTags;
let testApp: TestApp;
let server: Server;
const ids: Record<string, string> = {};

async function addTrack(folder: string, artist: string, title: string): Promise<void> {
  await mkdir(join(testApp.config.paths.libraryRoot, folder), { recursive: true });
  const file = join(testApp.config.paths.libraryRoot, folder, `${title}.mp3`);
  const tags = ['-metadata', `artist=${artist}`, '-metadata', `title=${title}`];
  await generateAudio(file, 'sine=frequency=440:duration=1', ['-c:a', 'libmp3lame', ...tags]);
}

beforeAll(async () => {
  lastfm = await startFakeLastfmTags('lastfm-key');
  testApp = await startTestApp(
    {
      listening: { lastfmUrl: `${lastfm.url}/2.0`, lastfmApiKey: 'lastfm-key', requestIntervalMs: 0 },
      analysis: { lastfmTagMinCount: 20 },
    },
    { features: [AnalysisModule] },
  );
  server = testApp.server;
  await addTrack('Radiohead', 'Radiohead', 'Paranoid Android');
  await addTrack('Cher', 'Cher', 'Believe');
  await addTrack('Nobody', 'Nobody Known', 'Nothing Here');
  const { scanId } = (await request(server).post('/api/v1/library/scan').send({}).expect(202)).body as {
    scanId: string;
  };
  await pollUntil(
    async () => (await request(server).get(`/api/v1/library/scans/${scanId}`).expect(200)).body as LibraryScanDto,
    (scan) => scan.status !== 'running',
    60_000,
  );
  const page = (await request(server).get('/api/v1/library/tracks').expect(200)).body as LibraryTrackPage;
  for (const track of page.records) ids[track.title ?? ''] = track.id;
});

afterAll(async () => {
  await testApp.close();
  await lastfm.close();
});

const tagsOf = async (title: string) =>
  pollUntil(
    async () => request(server).get(`/api/v1/tags/track/${ids[title]}`),
    (res) => res.status === 200,
    60_000,
  ).then((res) => res.body as StoredTags);

it('syncs every track never tagged: genres and moods over the count, a rate limit waited out, unknowns kept', async () => {
  lastfm.rateLimit('Believe', 1);
  const started = (await request(server).post('/api/v1/tags/lastfm/sync').expect(202)).body as unknown;
  expect(started).toEqual({ started: true, tracks: 3 });

  const radiohead = await tagsOf('Paranoid Android');
  expect(radiohead.status).toBe('tagged');
  expect(radiohead.tags).toEqual([
    { name: 'alternative', kind: 'genre', count: 100, from: 'track' },
    { name: 'alternative rock', kind: 'genre', count: 87, from: 'track' },
    { name: 'rock', kind: 'genre', count: 69, from: 'track' },
    { name: 'indie', kind: 'genre', count: 48, from: 'track' },
  ]);

  const cher = await tagsOf('Believe');
  expect(cher.tags).toEqual([
    { name: 'dance', kind: 'genre', count: 100, from: 'track' },
    { name: 'pop', kind: 'genre', count: 100, from: 'artist' },
    { name: 'disco', kind: 'genre', count: 40, from: 'track' },
    { name: 'rock', kind: 'genre', count: 35, from: 'artist' },
  ]);
  const believeAsks = lastfm.requests.filter(
    (r) => r.query.get('method') === 'track.gettoptags' && r.query.get('track') === 'Believe',
  );
  expect(believeAsks).toHaveLength(2);

  const nobody = await tagsOf('Nothing Here');
  expect(nobody).toMatchObject({ status: 'not-found', tags: [] });
  // One artist.getTopTags per artist, whatever the number of its tracks.
  expect(lastfm.requests.filter((r) => r.query.get('method') === 'artist.gettoptags')).toHaveLength(3);
});

it('finds nothing to do the second time, and syncs changed tracks again with since (bare route too)', async () => {
  await pollUntil(
    async () => (await request(server).post('/api/v1/tags/lastfm/sync').expect(202)).body as { started: boolean },
    (answer) => answer.started,
    60_000,
  ).then((answer) => expect(answer).toEqual({ started: true, tracks: 0 }));
  await pollUntil(
    async () =>
      (await request(server).post('/tags/lastfm/sync?since=2000-01-01').expect(202)).body as {
        started: boolean;
      },
    (answer) => answer.started,
    60_000,
  ).then((answer) => expect(answer).toEqual({ started: true, tracks: 3 }));
});

it.each([
  ['/api/v1/tags/lastfm/sync?since=yesterday', 'since'],
  ['/tags/lastfm/sync?since=2026-13-45', 'since'],
])('answers POST %s with a 400 naming %s', async (path, field) => {
  const res = await request(server).post(path).expect(400);
  expect(res.body).toMatchObject({ errors: [{ field }] });
});

it.each(['/api/v1/tags/track/not-a-uuid', '/tags/track/42'])(
  'answers GET %s with a 400 naming the id',
  async (path) => {
    const res = await request(server).get(path).expect(400);
    expect(res.body).toMatchObject({ errors: [{ field: 'id' }] });
  },
);
