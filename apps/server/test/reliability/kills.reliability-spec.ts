import { JobState, JobStatus } from '@app/contracts';
import { WORK_STATES } from '@app/core';
import { type FakeMusicWorld, type FakeSong, makeFakeSongs, startFakeMusicWorld } from '@app/testing';
import { inspectLibrary } from './library-inspection.js';
import { reportScenario } from './scenario-summary.js';
import { SeededRandom, scenarioSeed } from './seeded-random.js';
import { AUTH, startServerUnderTest, type ServerUnderTest } from './server-under-test.js';

/** Batches of jobs; within each the server is killed KILLS_PER_BATCH times, so it runs BATCHES × KILLS_PER_BATCH + 1 times. */
const BATCHES = 8;
const KILLS_PER_BATCH = 4;
const JOBS_PER_RUN = 3;
/** The states a kill is aimed at in turn (every step of the track pipeline), so each is interrupted some time. */
const TARGETS = WORK_STATES;

let world: FakeMusicWorld;
let sut: ServerUnderTest;

beforeAll(async () => {
  world = await startFakeMusicWorld({ songs: makeFakeSongs(BATCHES * 2) });
  sut = await startServerUnderTest(world);
});

afterAll(async () => {
  await sut?.close();
  await world?.close();
});

const query = (song: FakeSong) => `${song.artists[0]} - ${song.title}`;

/** A direct link to a file of the song, named like an upload: the download itself must say who it is. */
const link = (song: FakeSong) => world.serveFile(`${query(song)}.m4a`, { song: song.key });

/**
 * Waits (at most `ms`) until one of `ids` is in `state`, the moment to pull the plug, or until none of them is still
 * at work; on a busy machine the jobs take longer to get there, and the kill would land in an earlier state.
 */
async function reachState(ids: string[], state: JobState, ms: number): Promise<JobState[]> {
  const deadline = Date.now() + ms;
  for (;;) {
    const states = await Promise.all(ids.map(async (id) => (await sut.job(id).catch(() => undefined))?.state));
    const known = states.filter((s): s is JobState => s !== undefined);
    const working = known.some((s) => WORK_STATES.includes(s));
    if (known.includes(state) || !working || Date.now() > deadline) return known;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describe('SIGKILL at random moments', () => {
  it('ends every job once, with one whole file per song and nothing left behind', async () => {
    const seed = scenarioSeed(4_711);
    const random = new SeededRandom(seed);
    const songs = world.songs;
    const requested: FakeSong[] = [];
    const ids: string[] = [];
    const killedIn = new Map<string, number>();
    let kills = 0;

    for (let run = 0; run < BATCHES; run++) {
      const batch = [songs[run * 2]!, songs[run * 2 + 1]!];
      // A duplicate of a song already asked for: the library must still end with one file of it. Every other batch
      // asks for it by a link to a file named like an upload, which the download itself must identify.
      batch.push(random.pick([...requested, ...batch]));
      for (const [i, song] of batch.entries()) {
        const byLink = i === JOBS_PER_RUN - 1 && run % 2 === 1;
        ids.push((await sut.submit(byLink ? await link(song) : query(song))).id);
        requested.push(song);
      }
      const running = ids.slice(-JOBS_PER_RUN * 2);
      for (let k = 0; k < KILLS_PER_BATCH; k++) {
        const target = TARGETS[kills % TARGETS.length]!;
        const states = await reachState(running, target, 30_000);
        await new Promise((resolve) => setTimeout(resolve, random.int(0, 150)));
        await sut.server.kill();
        kills++;
        for (const state of new Set(states)) killedIn.set(state, (killedIn.get(state) ?? 0) + 1);
        await sut.server.restart();
      }
    }

    const final = await sut.settle(ids, 120_000);
    const jobs = [...final.values()];
    const lost = ids.filter((id) => {
      const job = final.get(id);
      if (!job) return true;
      if (job.status === JobStatus.Success) return job.state !== JobState.Finalized;
      return !(job.status === JobStatus.Error && job.error?.message);
    });
    const failed = jobs.filter((job) => job?.status === JobStatus.Error);
    // A job that failed for a stated reason is not lost; its song is only expected when another job stored it.
    const stored = new Set(
      ids.flatMap((id, i) => (final.get(id)?.status === JobStatus.Success ? [requested[i]!] : [])),
    );
    const distinct = [...stored];
    const library = await inspectLibrary(sut.libraryRoot, distinct);
    const indexed = await indexedPaths();
    const unindexedOrGone = [
      ...indexed.filter((path) => !library.files.includes(path)).map((path) => `indexed but missing: ${path}`),
      ...library.files.filter((path) => !indexed.includes(path)).map((path) => `not indexed: ${path}`),
    ];
    const temp = await tempFoldersGone();
    const covered = TARGETS.filter((state) => killedIn.has(state));

    reportScenario(
      'kills',
      { runs: kills + 1, kills, jobs: ids.length, lost: lost.length, duplicated: library.duplicated.length },
      { batches: BATCHES, failed: failed.length, states: covered.length, seed },
    );
    expect(kills).toBeGreaterThanOrEqual(30);
    expect(lost.map((id) => `${id}: ${final.get(id)?.state ?? 'missing'} ${final.get(id)?.status ?? ''}`)).toEqual([]);
    expect(library).toMatchObject({ duplicated: [], missing: [], leftovers: [], broken: [] });
    expect(library.files).toHaveLength(distinct.length);
    expect(distinct.length).toBeGreaterThan(0);
    expect(unindexedOrGone).toEqual([]);
    expect(temp).toEqual([]);
    expect(covered).toEqual(TARGETS);
  }, 1_800_000);
});

async function indexedPaths(): Promise<string[]> {
  const response = await fetch(`${sut.server.baseUrl}/api/v1/library/tracks?pageSize=500`, { headers: AUTH });
  const page = (await response.json()) as { records: { path: string }[] };
  return page.records.map((r) => r.path).sort();
}

/** Folders of ended jobs are removed right after the job ends; give that a moment before looking. */
async function tempFoldersGone(): Promise<string[]> {
  const deadline = Date.now() + 10_000;
  while (sut.tempLeftovers().length && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
  return sut.tempLeftovers();
}
