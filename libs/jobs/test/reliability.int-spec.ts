// Crash safety across processes: real worker processes run scripted jobs and are SIGKILLed at random
// moments; every job must still end where it should, each step committed exactly once.
// The workers run compiled code: `npm run build:test` first.
import { join } from 'node:path';
import { type JobDto, JobState, JobStatus } from '@app/contracts';
import { WORK_STATES } from '@app/core';
import { createStepCompletionTable, readStepCompletions } from '@app/testing';
import { availableDispatchers, type DispatcherKind, type Engine, startEngine } from './engine-harness.js';
import { auditJob, EXPECT, type JobExpectation } from './job-audit.js';
import { assertWorkerBuilt, childEnv, seededRandom, StandbyPool, StepLog, WorkerProcess } from './worker-processes.js';

const MIN_KILLS = 20;
const MAX_KILLS = 60;
// Only a safety net: the kill phase ends on counts (MIN_KILLS, every working state hit), never on time, so a
// slow or busy machine makes the run longer, not weaker.
const KILL_PHASE_LIMIT_MS = 420_000;
const DRAIN_MS = 120_000;

interface Planned {
  query: string;
  expect: JobExpectation;
}

const times = (n: number, make: (i: number) => Planned): Planned[] => Array.from({ length: n }, (_, i) => make(i));

/** ~12 jobs: plain, asking, failing for good, flaky and hanging (cancelled by the test). */
const MIX: Planned[] = [
  ...times(4, (i) => ({ query: `plain-${i} slow:120`, expect: EXPECT.finalized })),
  ...times(2, (i) => ({ query: `asks-${i} ask slow:80`, expect: EXPECT.finalized })),
  ...times(2, (i) => ({ query: `fatal-${i} fatal@TAGGING slow:80`, expect: EXPECT.failedIn(JobState.Tagging) })),
  ...times(2, (i) => ({ query: `flaky-${i} flaky:1 slow:60`, expect: EXPECT.finalized })),
  ...times(2, (i) => ({ query: `hangs-${i} hang@DOWNLOADING`, expect: EXPECT.cancelledIn(JobState.Downloading) })),
];

const VARIANTS: Record<DispatcherKind, { workers: number; concurrency: number; seed: number }> = {
  'in-process': { workers: 1, concurrency: 2, seed: 0x7e57 },
  bull: { workers: 2, concurrency: 2, seed: 0xb011 },
};

const finished = (job: JobDto) => [JobStatus.Success, JobStatus.Error, JobStatus.Cancelled].includes(job.status);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The timings the reliability runs use: short leases and polls so that crashes are noticed quickly. */
function workerSettings(concurrency: number): Record<string, string> {
  return {
    TRUETRACK_WORKER_CONCURRENCY: String(concurrency),
    TRUETRACK_LEASE_MS: '1000',
    TRUETRACK_HEARTBEAT_MS: '100',
    TRUETRACK_POLL_MS: '50',
    TRUETRACK_JOB_MAX_ATTEMPTS: '3',
    TRUETRACK_RETRY_BASE_MS: '50',
    TRUETRACK_RETRY_MAX_MS: '200',
  };
}

interface Run {
  planned: Map<string, Planned>;
  /** While set, more jobs from the mix are added so that no kill hits an idle worker. */
  keepBusy: number;
  stop: boolean;
  /** What the client side got besides expected conflicts, e.g. a database error from the API process. */
  apiErrors: string[];
}

async function createJob(engine: Engine, run: Run, plan: Planned): Promise<void> {
  run.planned.set((await engine.jobs.create({ query: plan.query })).job.id, plan);
}

/**
 * Plays the person and the client: answers choices, cancels the hanging jobs once they download, and
 * while the kill phase lasts keeps `keepBusy` jobs running with more of the mix. Restarting a worker
 * costs seconds of module loading, so without this the first jobs would finish long before the last kill.
 */
async function drive(engine: Engine, run: Run): Promise<void> {
  let extra = 0;
  const record = (error: unknown) => {
    // A conflict only means the job moved meanwhile; the next round looks again.
    if ((error as { code?: string }).code !== 'conflict') run.apiErrors.push(String(error));
  };
  while (!run.stop) {
    try {
      const { records } = await engine.jobs.list({ pageSize: 500 });
      const running = records.filter((job) => job.status === JobStatus.Running).length;
      for (let i = running; i < run.keepBusy; i += 1, extra += 1) {
        const template = MIX[extra % MIX.length]!;
        await createJob(engine, run, { ...template, query: template.query.replace(/^(\w+)-\d+/, `$1-extra${extra}`) });
      }
      for (const job of records) {
        if (job.status === JobStatus.Waiting) await engine.jobs.input(job.id, 0).catch(record);
        else if (job.query.includes('hang@') && job.state === JobState.Downloading) {
          await engine.jobs.cancel(job.id).catch(record);
        }
      }
    } catch (error) {
      record(error);
    }
    await sleep(50);
  }
}

interface KillStats {
  kills: number;
  interrupted: number;
  byState: Map<string, number>;
}

const uncovered = (stats: KillStats) => WORK_STATES.filter((state) => !stats.byState.get(state));

/**
 * Kills one worker again and again, 150–700 ms after it is up. Once the minimum is reached, it kills only
 * while a step of a state no kill has hit yet is in flight, so every working state sees a crash however fast
 * the machine is.
 */
async function killLoop(
  worker: WorkerProcess,
  log: StepLog,
  stats: KillStats,
  random: (min: number, max: number) => number,
  shouldStop: () => boolean,
): Promise<void> {
  let pid = worker.pid!;
  for (;;) {
    await sleep(random(150, 700));
    if (stats.kills >= MIN_KILLS && uncovered(stats).length) {
      const wanted = () =>
        [...log.inFlight(pid).values()].some((state) => uncovered(stats).includes(state as JobState));
      while (!wanted() && !shouldStop()) await sleep(10);
    }
    if (shouldStop()) return;
    await worker.kill();
    stats.kills += 1;
    for (const state of log.inFlight(pid).values()) {
      stats.interrupted += 1;
      stats.byState.set(state, (stats.byState.get(state) ?? 0) + 1);
    }
    pid = await worker.start();
  }
}

async function waitUntilAllFinished(engine: Engine, log: StepLog): Promise<void> {
  const deadline = Date.now() + DRAIN_MS;
  for (;;) {
    const { records } = await engine.jobs.list({ pageSize: 500 });
    if (records.every(finished)) return;
    if (Date.now() > deadline) {
      const open = records.filter((j) => !finished(j)).map((j) => `${j.query}: ${j.state} (${j.status})`);
      const tail = log
        .lines()
        .slice(-20)
        .map((l) => `${l.pid} ${l.what} ${l.jobId ?? ''} ${l.state ?? ''}`);
      throw new Error(
        `jobs still open after ${DRAIN_MS / 1000} s:\n${open.join('\n')}\nlast steps:\n${tail.join('\n')}`,
      );
    }
    await sleep(100);
  }
}

describe.each(availableDispatchers())('reliability with the %s dispatcher under worker crashes', (dispatcher) => {
  const variant = VARIANTS[dispatcher];
  let engine: Engine;
  let pool: StandbyPool | undefined;
  let workers: WorkerProcess[] = [];

  beforeAll(() => assertWorkerBuilt());

  afterEach(async () => {
    await pool?.close();
    await Promise.all(workers.map((w) => w.stop(1000)));
    await engine?.close();
  }, 30_000);

  it('ends every job in its right state, each step committed once, no lease left behind', async () => {
    engine = await startEngine(dispatcher, [], { role: 'api' });
    await createStepCompletionTable(engine.dataSource);
    const run: Run = { planned: new Map(), keepBusy: 0, stop: false, apiErrors: [] };
    for (const plan of MIX) await createJob(engine, run, plan);
    const started = Date.now();

    const dataDir = engine.config.paths.dataDir;
    const log = new StepLog(join(dataDir, 'steps.log'));
    pool = new StandbyPool(
      childEnv(engine.config, workerSettings(variant.concurrency)),
      log,
      join(dataDir, 'workers.out'),
    );
    const slots = Array.from({ length: variant.workers }, (_, i) => new WorkerProcess(`w${i}`, pool!));
    workers = slots;
    const driving = drive(engine, run);
    const stats: KillStats = { kills: 0, interrupted: 0, byState: new Map() };
    const killDeadline = Date.now() + KILL_PHASE_LIMIT_MS;
    const shouldStop = () =>
      stats.kills >= MAX_KILLS || Date.now() > killDeadline || (stats.kills >= MIN_KILLS && !uncovered(stats).length);
    try {
      await Promise.all(slots.map((worker) => worker.start()));
      run.keepBusy = variant.workers * variant.concurrency;
      await Promise.all(
        slots.map((worker, i) => killLoop(worker, log, stats, seededRandom(variant.seed + i), shouldStop)),
      );
      run.keepBusy = 0;
      await waitUntilAllFinished(engine, log);
    } finally {
      run.stop = true;
      await driving;
      await pool.close();
      await Promise.all(slots.map((w) => w.stop()));
    }

    const completions = await readStepCompletions(engine.dataSource);
    const problems: string[] = [];
    let lost = 0;
    let duplicated = 0;
    for (const [id, plan] of run.planned) {
      const states = completions.filter((row) => row.jobId === id).map((row) => row.state);
      const audit = auditJob(await engine.jobs.get(id), await engine.jobs.history(id), states, plan.expect);
      problems.push(...audit.problems);
      lost += audit.lost ? 1 : 0;
      duplicated += audit.duplicated;
    }
    const leased: { id: string }[] = await engine.dataSource.query(
      'SELECT id FROM job WHERE lease_owner IS NOT NULL OR lease_until IS NOT NULL',
    );
    const runs = slots.reduce((sum, w) => sum + w.starts, 0);
    const name = `${dispatcher}/${engine.config.db.type}${variant.workers > 1 ? ` x${variant.workers} workers` : ''}`;
    const byState = WORK_STATES.map((state) => `${state}=${stats.byState.get(state) ?? 0}`).join(' ');
    process.stdout.write(
      `reliability ${name}: runs=${runs} kills=${stats.kills} jobs=${run.planned.size} lost=${lost} duplicated=${duplicated}\n` +
        `  ${((Date.now() - started) / 1000).toFixed(1)} s, steps interrupted=${stats.interrupted}, by state: ${byState}` +
        `${run.apiErrors.length ? `; api errors=${run.apiErrors.length} (first: ${run.apiErrors[0]})` : ''}\n`,
    );

    expect(problems).toEqual([]);
    expect({ lost, duplicated, leased: leased.map((row) => row.id) }).toEqual({ lost: 0, duplicated: 0, leased: [] });
    expect(stats.kills).toBeGreaterThanOrEqual(MIN_KILLS);
    expect(uncovered(stats)).toEqual([]);
  }, 720_000);
});
