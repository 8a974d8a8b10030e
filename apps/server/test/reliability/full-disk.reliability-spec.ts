import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { type JobDto, type JobEventDto, JobEventType, JobState, JobStatus } from '@app/contracts';
import { startFakeMusicWorld, type FakeMusicWorld, deepMerge } from '@app/testing';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { isFinished } from '../support/wait-for-job.js';
import { inspectLibrary } from './library-inspection.js';
import { reportScenario } from './scenario-summary.js';
import { mountSmallDisk, type SmallDisk } from './small-disk.js';

const FILLER = 'filler.bin';
// Less than any tagged song file: what is left of the disk after the filler.
const HEADROOM_BYTES = 8 * 1024;

let world: FakeMusicWorld;
let disk: SmallDisk | undefined;
let unavailable = '';
let app: TestApp | undefined;

beforeAll(async () => {
  const mounted = await mountSmallDisk('2m');
  if ('unavailable' in mounted) {
    unavailable = mounted.unavailable;
    return;
  }
  disk = mounted;
  world = await startFakeMusicWorld();
  const engine = { queue: { pollMs: 50 }, jobs: { maxAttempts: 200, retryBaseMs: 200, retryMaxMs: 400 } };
  app = await startTestApp(deepMerge(world.config, { ...engine, paths: { libraryRoot: disk.path } }), {});
});

afterAll(async () => {
  await app?.close();
  await world?.close();
  await disk?.remove();
});

const get = async <T>(path: string): Promise<T> => (await request(app!.server).get(path).expect(200)).body as T;

async function until<T>(what: string, probe: () => Promise<T | undefined>, ms = 60_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('a full library disk during STORING', () => {
  it('fails the step with a retryable ENOSPC, leaves no partial file, and stores once there is room', async () => {
    if (!disk || !app) {
      reportScenario('full disk', { runs: 0, kills: 0, jobs: 0, lost: 0, duplicated: 0 }, { skipped: unavailable });
      return;
    }
    writeFileSync(join(disk.path, FILLER), Buffer.alloc(Math.max(0, disk.freeBytes() - HEADROOM_BYTES)));
    const song = world.song('orchard');
    const created = (
      await request(app.server)
        .post('/api/v1/jobs')
        .send({ query: `${song.artists[0]} - ${song.title}` })
        .expect(201)
    ).body as JobDto;

    const refusal = await until('a retry of STORING', async () => {
      const history = await get<JobEventDto[]>(`/api/v1/jobs/${created.id}/history`);
      const job = await get<JobDto>(`/api/v1/jobs/${created.id}`);
      if (isFinished(job)) throw new Error(`The job ended on a full disk: ${job.state} ${job.error?.message ?? ''}`);
      return history.find((e) => e.type === JobEventType.RetryScheduled && e.from === JobState.Storing);
    });
    const whileFull = await inspectLibrary(disk.path, [song]);

    rmSync(join(disk.path, FILLER));
    const done = await until('the job to end', async () => {
      const job = await get<JobDto>(`/api/v1/jobs/${created.id}`);
      return isFinished(job) ? job : undefined;
    });
    const after = await inspectLibrary(disk.path, [song]);

    const lost = done.state === JobState.Finalized ? 0 : 1;
    reportScenario(
      'full disk',
      { runs: 1, kills: 0, jobs: 1, lost, duplicated: after.duplicated.length },
      {
        reason: JSON.stringify(refusal.reason.slice(0, 80)),
      },
    );
    expect(refusal.reason).toMatch(/ENOSPC/);
    expect(whileFull).toMatchObject({ files: [], leftovers: [], broken: [] });
    expect(done).toMatchObject({ state: JobState.Finalized, status: JobStatus.Success });
    expect(after).toMatchObject({ duplicated: [], missing: [], leftovers: [], broken: [] });
    expect(after.files).toHaveLength(1);
  });
});
