// Races between a step's commit and everything else: reads, cancels, other processes, the Bull sweep.
// Each test pins one interleaving with gates instead of hoping for it.
import { JobState, JobStatus } from '@app/contracts';
import { RetryableError } from '@app/core';
import { TransactionRunner } from '@app/db';
import { type PipelineStep, type StepContext, StepHandler, type StepOutcome } from '@app/jobs';
import { onPostgres, scriptedStepProviders, testRedisUrl } from '@app/testing';
import { Redis } from 'ioredis';
import { DataSource } from 'typeorm';
import { type Engine, startEngine } from './engine-harness.js';
import { historyProblems } from './job-audit.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(what: string, check: () => boolean, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await sleep(5);
  }
}

/**
 * Holds each RESOLVING_IDENTITY step: first in `run` while `holdRuns` (so that several jobs are claimed
 * before any commit starts), then inside its commit's transaction (in `persist`) until the gate opens.
 */
const gate = {
  holdRuns: false,
  running: [] as string[],
  returned: [] as string[],
  entered: [] as string[],
  open: false,
  failNext: false,
  waiting: [] as (() => void)[],
  runsWaiting: [] as (() => void)[],
  /** Jobs whose hanging step runs, with a way to end it when nobody else aborts it. */
  hanging: new Map<string, () => void>(),
  reset() {
    Object.assign(gate, {
      holdRuns: false,
      running: [],
      returned: [],
      entered: [],
      open: false,
      failNext: false,
      waiting: [],
      runsWaiting: [],
      hanging: new Map(),
    });
  },
  letRunsReturn() {
    gate.holdRuns = false;
    for (const resume of gate.runsWaiting.splice(0)) resume();
  },
  release() {
    gate.letRunsReturn();
    gate.open = true;
    for (const resume of gate.waiting.splice(0)) resume();
  },
};

@StepHandler(JobState.ResolvingIdentity)
class GatedResolveStep implements PipelineStep {
  async run(ctx: StepContext): Promise<StepOutcome> {
    gate.running.push(ctx.job.id);
    if (gate.holdRuns) await new Promise<void>((resume) => gate.runsWaiting.push(resume));
    gate.returned.push(ctx.job.id);
    return {
      next: JobState.Searching,
      reason: 'resolved behind a gate',
      persist: async () => {
        gate.entered.push(ctx.job.id);
        if (!gate.open) await new Promise<void>((resume) => gate.waiting.push(resume));
        if (gate.failNext) {
          gate.failNext = false;
          throw new Error('persist failed on purpose');
        }
      },
    };
  }
}

/** Runs until aborted (or ended by the test). */
function hang(ctx: StepContext): Promise<StepOutcome> {
  return new Promise((_, reject) => {
    const end = () => {
      gate.hanging.delete(ctx.job.id);
      reject(ctx.signal.reason ?? new Error('ended by the test'));
    };
    if (ctx.signal.aborted) return end();
    gate.hanging.set(ctx.job.id, end);
    ctx.signal.addEventListener('abort', end);
  });
}

@StepHandler(JobState.Searching)
class HangingSearchStep implements PipelineStep {
  run(ctx: StepContext): Promise<StepOutcome> {
    return hang(ctx);
  }
}

/** Fails its first attempt with a transient error, then runs until aborted. */
@StepHandler(JobState.ResolvingIdentity)
class FlakyThenHangingStep implements PipelineStep {
  run(ctx: StepContext): Promise<StepOutcome> {
    if (ctx.job.attempt === 1) return Promise.reject(new RetryableError('first attempt fails'));
    return hang(ctx);
  }
}

const gatedSteps = [GatedResolveStep, HangingSearchStep];

describe('a step commit racing other work', () => {
  let engine: Engine;

  beforeEach(() => gate.reset());

  afterEach(async () => {
    gate.release();
    await engine.close();
  });

  it('cancel during a commit records the state the job was really in', async () => {
    gate.holdRuns = true;
    engine = await startEngine('in-process', gatedSteps);
    await engine.jobs.create({ query: 'first' });
    await engine.jobs.create({ query: 'second' });
    await until('both steps run', () => gate.running.length === 2);
    // Both steps finish; the first commit is held open (on SQLite the second queues behind it, on
    // Postgres it holds its own row): a cancel now reads the job before its commit and writes after it.
    gate.letRunsReturn();
    await until('a commit is open', () => gate.returned.length === 2 && gate.entered.length >= 1);
    await sleep(50);
    const target = gate.returned.find((id) => id !== gate.entered[0])!;
    const cancelling = engine.jobs.cancel(target);
    await sleep(200);
    gate.release();
    await cancelling;

    const other = gate.returned.find((id) => id !== target)!;
    await until('the other job hangs in SEARCHING', () => gate.hanging.has(other));

    const history = await engine.jobs.history(target);
    expect(history.map((e) => `${e.from}->${e.to}`)).toContain(`${JobState.ResolvingIdentity}->${JobState.Searching}`);
    expect(historyProblems(history)).toEqual([]);
  }, 20_000);
});

/**
 * Waits until the retry's claim is in flight, blocked behind the held row. On Postgres that is visible as a
 * lock wait; SQLite queues it inside the process, where it cannot be seen, so there the retry's due time
 * plus a margin must do.
 */
async function claimWaiting(engine: Engine, dueAt: number): Promise<void> {
  if (engine.config.db.type !== 'postgres') {
    await sleep(Math.max(0, dueAt - Date.now()) + 500);
    return;
  }
  const deadline = Date.now() + 10_000;
  for (;;) {
    const rows: { n: string | number }[] = await engine.dataSource.query(
      `SELECT count(*) AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE 'UPDATE "job"%'`,
    );
    if (Number(rows[0]?.n) > 0) return;
    if (Date.now() > deadline) throw new Error('the retry never tried to claim the held job');
    await sleep(20);
  }
}

describe('shutdown', () => {
  let engine: Engine;

  beforeEach(() => gate.reset());

  it('aborts a step whose claim was still in flight when the worker stopped', async () => {
    engine = await startEngine('in-process', [FlakyThenHangingStep], { jobs: { retryBaseMs: 1000, retryMaxMs: 1000 } });
    const { job } = await engine.jobs.create({ query: 'claimed during shutdown' });
    const failedOnce = await engine.waitFor(job.id, (j) => j.attempts === 1);
    // Hold the job's row (and on SQLite the write queue) so that the retry's claim is in flight and waits.
    let releaseRow!: () => void;
    const rowHeld = new Promise<void>((resolve) => (releaseRow = resolve));
    const holding = engine.module.get(TransactionRunner).run(async (manager) => {
      const mark = engine.config.db.type === 'postgres' ? '$1' : '?';
      await manager.query(`UPDATE job SET progress = progress WHERE id = ${mark}`, [job.id]);
      await rowHeld;
    });
    await claimWaiting(engine, Date.parse(failedOnce.nextRunAt!));
    const closing = engine.close().then(() => 'closed');
    await sleep(100);
    releaseRow();
    // The row lock is only the scaffolding that keeps the claim in flight; on Postgres the close may end the pool
    // under it once the claim gave up. What this test judges is the close below.
    await holding.catch(() => undefined);
    const outcome = await Promise.race([closing, sleep(3000).then(() => 'still running a step after 3 s')]);
    // Let a hung shutdown finish so the suite can go on.
    for (const end of gate.hanging.values()) end();
    await closing;
    expect(outcome).toBe('closed');
  }, 20_000);
});

(onPostgres() ? describe.skip : describe)('SQLite: one shared connection per process', () => {
  let engine: Engine;

  beforeEach(() => gate.reset());

  afterEach(async () => {
    gate.release();
    await engine.close();
  });

  it('a read does not see a transition whose transaction is still open', async () => {
    engine = await startEngine('in-process', gatedSteps);
    const { job } = await engine.jobs.create({ query: 'dirty read' });
    await until('the commit is open', () => gate.entered.includes(job.id));

    // A read may wait for the transaction to end, but must not see inside it.
    const reading = engine.jobs.get(job.id);
    await Promise.race([reading, sleep(100)]);
    gate.failNext = true;
    gate.release();
    // The transition rolls back: a reader that saw SEARCHING saw a state that never existed.
    expect((await reading).state).toBe(JobState.ResolvingIdentity);
  }, 20_000);

  it("a transaction joined by a read before its first write survives another process's commit", async () => {
    engine = await startEngine('in-process', [], { role: 'api' });
    const { job } = await engine.jobs.create({ query: 'busy snapshot' });
    const other = new DataSource({
      type: 'sqlite',
      database: engine.config.db.url.replace(/^sqlite:/, ''),
      busyTimeout: 10_000,
    });
    await other.initialize();
    try {
      let begun!: () => void;
      let proceed!: () => void;
      const inTransaction = new Promise<void>((resolve) => (begun = resolve));
      const resume = new Promise<void>((resolve) => (proceed = resolve));
      const writing = engine.module.get(TransactionRunner).run(async (manager) => {
        begun();
        await resume;
        await manager.query('UPDATE job SET progress = 0.5 WHERE id = ?', [job.id]);
        return 'written';
      });
      await inTransaction;
      // Any read of this process (an API GET, the dispatcher's poll) runs on the transaction's connection,
      // unless it waits for the transaction to end.
      const reading = engine.jobs.get(job.id);
      await Promise.race([reading, sleep(100)]);
      await other.query('UPDATE job SET progress = 0.25 WHERE id = ?', [job.id]);
      proceed();
      await expect(writing).resolves.toBe('written');
      await reading;
    } finally {
      await other.destroy();
    }
  }, 20_000);
});

(testRedisUrl() ? describe : describe.skip)('Bull sweep', () => {
  let engine: Engine;

  afterEach(async () => {
    await engine.close();
  });

  it('keeps a bounded number of messages per due step in the queue while workers are busy', async () => {
    engine = await startEngine('bull', scriptedStepProviders());
    const concurrency = engine.config.queue.concurrency;
    for (let i = 0; i < concurrency; i += 1) await engine.jobs.create({ query: `busy-${i} hang@RESOLVING_IDENTITY` });
    const waitingJobs = 10;
    for (let i = 0; i < waitingJobs; i += 1) await engine.jobs.create({ query: `queued-${i}` });
    await sleep(20 * engine.config.queue.pollMs);

    const redis = new Redis(testRedisUrl()!);
    try {
      // The dispatcher's queue is named truetrack-steps (STEP_QUEUE).
      // Bounded: a wake-up and a sweep message per job, whatever the number of sweeps so far.
      const queued = await redis.llen('bull:truetrack-steps:wait');
      expect(queued).toBeLessThanOrEqual(2 * (waitingJobs + concurrency));
    } finally {
      await redis.quit();
    }
    const { records } = await engine.jobs.list({ status: JobStatus.Running, pageSize: 100 });
    expect(records).toHaveLength(concurrency + waitingJobs);
  }, 20_000);
});
