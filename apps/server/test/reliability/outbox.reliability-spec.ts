import { type DeliveryDto, JobStatus, type Page } from '@app/contracts';
import {
  type FakeHttpServer,
  type FakeMusicWorld,
  makeFakeSongs,
  pollUntil,
  startFakeHttpServer,
  startFakeMusicWorld,
} from '@app/testing';
import { AUTH, startServerUnderTest, type ServerUnderTest } from './server-under-test.js';

const JELLYFIN_TOKEN = 'jellyfin-token-0123456789';
/** The rescan window: long enough that the server is surely killed inside it, even on a busy machine. */
const WINDOW_MS = 30_000;

let world: FakeMusicWorld;
let jellyfin: FakeHttpServer;
let sut: ServerUnderTest;

beforeAll(async () => {
  world = await startFakeMusicWorld({ songs: makeFakeSongs(1) });
  jellyfin = await startFakeHttpServer((req) => {
    if (req.headers.authorization !== `MediaBrowser Client="TrueTrack", Token="${JELLYFIN_TOKEN}"`)
      return { status: 401 };
    if (req.method === 'POST' && req.path === '/Library/Media/Updated') return { status: 204 };
    return { body: { ServerName: 'jellyfin', Version: '10.11.8' } };
  });
  sut = await startServerUnderTest(world, { TRUETRACK_RESCAN_BATCH_MS: String(WINDOW_MS) });
  const added = await fetch(`${sut.server.baseUrl}/api/v1/integrations`, {
    method: 'POST',
    headers: { ...AUTH, 'content-type': 'application/json' },
    body: JSON.stringify({
      kind: 'jellyfin',
      name: 'Jellyfin',
      settings: { url: jellyfin.url, apiKey: JELLYFIN_TOKEN },
    }),
  });
  if (added.status !== 201) throw new Error(`adding Jellyfin answered ${added.status}: ${await added.text()}`);
});

afterAll(async () => {
  await sut?.close();
  await jellyfin?.close();
  await world?.close();
});

const rescans = () => jellyfin.requests.filter((req) => req.method === 'POST' && req.path === '/Library/Media/Updated');

async function outbound(): Promise<DeliveryDto[]> {
  const response = await fetch(`${sut.server.baseUrl}/api/v1/deliveries?direction=out&pageSize=500`, { headers: AUTH });
  return ((await response.json()) as Page<DeliveryDto>).records;
}

describe('SIGKILL between a track landing and its media-server rescan', () => {
  it('still tells the media server after the restart, exactly once', async () => {
    const [song] = world.songs;
    const { id } = await sut.submit(`${song!.artists[0]} - ${song!.title}`);
    const done = (await sut.settle([id], 120_000)).get(id);
    expect(done?.status).toBe(JobStatus.Success);
    // The track has landed and its window is still open: nothing has been sent yet.
    expect(rescans()).toHaveLength(0);

    await sut.server.kill();
    await sut.server.restart();

    await pollUntil(
      async () => rescans().length,
      (count) => count > 0,
      WINDOW_MS + 60_000,
      () => 'the media server was never told about the track that landed before the kill',
    );
    // Every outbound delivery settled: a second rescan, if one were queued, would have been sent by now.
    const deliveries = await pollUntil(
      outbound,
      (rows) => rows.length > 0 && rows.every((row) => row.outcome !== 'pending'),
      30_000,
    );
    expect(rescans()).toHaveLength(1);
    expect(deliveries.filter((row) => row.source === 'jellyfin')).toHaveLength(1);
    const { Updates } = JSON.parse(rescans()[0]!.body) as { Updates: { Path: string }[] };
    expect(Updates.map((update) => update.Path)).toEqual([expect.stringContaining(sut.libraryRoot)]);
  }, 300_000);
});
