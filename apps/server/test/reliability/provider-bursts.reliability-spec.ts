import { JobState, JobStatus } from '@app/contracts';
import { type FakeMusicWorld, type FakeSong, makeFakeSongs, startFakeMusicWorld } from '@app/testing';
import { inspectLibrary } from './library-inspection.js';
import { reportScenario } from './scenario-summary.js';
import { AUTH, startServerUnderTest, type ServerUnderTest } from './server-under-test.js';

const JOBS = 5;
const BURSTS = 3;

let world: FakeMusicWorld;
let sut: ServerUnderTest;

beforeAll(async () => {
  world = await startFakeMusicWorld({ songs: makeFakeSongs(JOBS) });
  sut = await startServerUnderTest(world);
});

afterAll(async () => {
  await sut?.close();
  await world?.close();
});

const query = (song: FakeSong) => `${song.artists[0]} - ${song.title}`;

describe('providers answering 429, 500 and not at all, in bursts', () => {
  it('backs off and completes every job once they recover', async () => {
    // Bursts while the jobs are submitted and run: rate limits, server errors and silence, on every kind of
    // service the pipeline asks (identity, sources, audio, covers).
    for (let burst = 0; burst < BURSTS; burst++) {
      world.failNext('musicbrainz', 429, 3);
      world.failNext('youtube_music', 500, 3);
      world.failNext('deezer', 'timeout', 1);
      world.failNext('audio', 500, 2);
      world.failNext('coverartarchive', 503, 2);
      if (burst === 0) for (const song of world.songs) await sut.submit(query(song));
      await new Promise((resolve) => setTimeout(resolve, 1500));
    }
    const listed = await fetch(`${sut.server.baseUrl}/api/v1/jobs?pageSize=100`, { headers: AUTH }).then(
      (r) => r.json() as Promise<{ records: { id: string }[] }>,
    );
    const ids = listed.records.map((job) => job.id);
    const final = await sut.settle(ids, 180_000);
    const lost = ids.filter((id) => final.get(id)?.state !== JobState.Finalized);
    const library = await inspectLibrary(sut.libraryRoot, world.songs);

    reportScenario(
      'provider bursts',
      { runs: BURSTS, kills: 0, jobs: ids.length, lost: lost.length, duplicated: library.duplicated.length },
      { 'musicbrainz requests': world.requests('musicbrainz'), 'audio requests': world.requests('audio') },
    );
    expect(ids).toHaveLength(JOBS);
    expect(lost.map((id) => `${id}: ${final.get(id)?.state} ${final.get(id)?.error?.message ?? ''}`)).toEqual([]);
    expect([...final.values()].every((job) => job?.status === JobStatus.Success)).toBe(true);
    expect(library).toMatchObject({ duplicated: [], missing: [], leftovers: [], broken: [] });
  }, 300_000);
});
