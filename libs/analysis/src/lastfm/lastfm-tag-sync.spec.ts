import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as wait } from 'node:timers/promises';
import { makeTestConfig } from '@app/testing';
import type { LastfmTagStore, TrackToTag } from './lastfm-tag-store.js';
import { LastfmTagSync } from './lastfm-tag-sync.service.js';

// A loopback Last.fm whose artist answers come late: the sync must settle every question it asked, even when
// the track's own question failed first or the sync was stopped, or the late answer's rejection goes unhandled
// (which fails the test that is running when it surfaces).
let server: Server;
let url: string;
let artistDelayMs = 0;
const late = new Set<NodeJS.Timeout>();

beforeAll(async () => {
  server = createServer((req, res) => {
    const method = new URL(req.url ?? '', 'http://x').searchParams.get('method');
    const answer = () => res.end(JSON.stringify({ error: 10, message: 'Invalid API key' }));
    if (method !== 'artist.gettoptags') return answer();
    const timer = setTimeout(() => {
      late.delete(timer);
      answer();
    }, artistDelayMs);
    late.add(timer);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/2.0`;
});

afterAll(async () => {
  for (const timer of late) clearTimeout(timer);
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

function makeSync(tracks: TrackToTag[]): { sync: LastfmTagSync; saved: unknown[] } {
  const saved: unknown[] = [];
  const store = { tracksToTag: async () => tracks, save: async (row: unknown) => void saved.push(row) };
  const config = makeTestConfig({ listening: { lastfmUrl: url, lastfmApiKey: 'key', requestIntervalMs: 0 } });
  return { sync: new LastfmTagSync(config, store as unknown as LastfmTagStore), saved };
}

const track = (title: string): TrackToTag => ({ id: title, artist: 'Cher', title });

it('counts a track whose question failed, and handles its artist question that fails after it', async () => {
  artistDelayMs = 100;
  const { sync, saved } = makeSync([track('Believe')]);
  await expect(sync.run()).resolves.toEqual({ tracks: 1, tagged: 0, notFound: 0, failed: 1 });
  await wait(300);
  expect(saved).toEqual([]);
});

it('stops at shutdown with a question still out, leaving nothing unhandled', async () => {
  artistDelayMs = 2_000;
  const { sync } = makeSync([track('Believe'), track('Strong Enough')]);
  const summary = sync.run();
  await wait(100);
  await sync.onApplicationShutdown();
  await expect(summary).resolves.toMatchObject({ tracks: 2, tagged: 0 });
  await wait(100);
});
