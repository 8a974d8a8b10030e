import { JobEventType, JobState, JobStatus, type JobDto } from '@app/contracts';
import { scriptedStepProviders } from '@app/testing';
import { availableDispatchers, type Engine, startEngine } from './engine-harness.js';

const finished = (job: JobDto) => [JobStatus.Success, JobStatus.Error, JobStatus.Cancelled].includes(job.status);

describe.each(availableDispatchers())('job engine with the %s dispatcher', (dispatcher) => {
  let engine: Engine;

  beforeEach(async () => {
    engine = await startEngine(dispatcher, scriptedStepProviders());
  });

  afterEach(async () => {
    await engine.close();
  });

  it('runs a job through every working state to FINALIZED, one history line per transition', async () => {
    const { job } = await engine.jobs.create({ query: 'numb linkin park' });
    expect(job.state).toBe(JobState.ResolvingIdentity);
    const done = await engine.waitFor(job.id, finished);
    expect(done).toMatchObject({ status: JobStatus.Success, state: JobState.Finalized, error: null });
    expect(done.result).toEqual({ path: `/library/${job.id}.opus` });
    expect(done.progress.fraction).toBe(1);
    const history = await engine.jobs.history(job.id);
    expect(history.map((e) => e.to)).toEqual([
      JobState.ResolvingIdentity,
      JobState.Searching,
      JobState.Downloading,
      JobState.Extracting,
      JobState.MatchingMetadata,
      JobState.Tagging,
      JobState.Storing,
      JobState.Finalized,
    ]);
    expect(history[0]).toMatchObject({ type: JobEventType.Created, from: null, reason: 'Requested: numb linkin park' });
    expect(history.slice(1).every((e) => e.type === JobEventType.Transition && e.reason.startsWith('scripted'))).toBe(
      true,
    );
  });

  it('pauses for intent, rejects a choice it did not offer, and goes on with a valid one', async () => {
    const { job } = await engine.jobs.create({ query: 'ask vague words' });
    const waiting = await engine.waitFor(job.id, (j) => j.status === JobStatus.Waiting);
    expect(waiting.state).toBe(JobState.UserIntentSelection);
    expect(waiting.candidates?.map((c) => c.index)).toEqual([0, 1, 2]);
    expect(waiting.candidates?.[0]).toMatchObject({ score: 0.61, reasons: ['candidate 0 scored 0.61'] });

    await expect(engine.jobs.input(job.id, 7)).rejects.toMatchObject({ code: 'validation', field: 'choice' });
    await expect(engine.jobs.input(job.id, 'not-a-candidate')).rejects.toMatchObject({ field: 'choice' });

    const resumed = await engine.jobs.input(job.id, waiting.candidates![1]!.id);
    expect(resumed).toMatchObject({ state: JobState.Searching, status: JobStatus.Running });
    const done = await engine.waitFor(job.id, finished);
    expect(done.state).toBe(JobState.Finalized);
    const history = await engine.jobs.history(job.id);
    expect(history.find((e) => e.type === JobEventType.Input)).toMatchObject({
      from: JobState.UserIntentSelection,
      to: JobState.Searching,
      data: { index: 1 },
    });
  });

  it('refuses input for a job that is not waiting', async () => {
    const { job } = await engine.jobs.create({ query: 'hang@SEARCHING' });
    await engine.waitFor(job.id, (j) => j.state === JobState.Searching);
    await expect(engine.jobs.input(job.id, 0)).rejects.toMatchObject({ code: 'conflict' });
    await engine.jobs.cancel(job.id);
  });

  it('retries transient failures with backoff and then succeeds', async () => {
    const { job } = await engine.jobs.create({ query: 'flaky:2' });
    const done = await engine.waitFor(job.id, finished);
    expect(done.state).toBe(JobState.Finalized);
    const retries = (await engine.jobs.history(job.id)).filter((e) => e.type === JobEventType.RetryScheduled);
    // Two failures at each of the seven steps.
    expect(retries).toHaveLength(14);
    expect(retries[0]!.reason).toMatch(/^Attempt 1 failed: scripted transient failure 1 of 2; trying again in/);
  });

  it('fails after the configured attempts and can be retried from the failed step', async () => {
    const { job } = await engine.jobs.create({ query: 'flaky:3' });
    const failed = await engine.waitFor(job.id, finished);
    expect(failed).toMatchObject({ status: JobStatus.Error, state: JobState.Failed });
    expect(failed.error).toMatchObject({ state: JobState.ResolvingIdentity, retryable: true });
    const history = await engine.jobs.history(job.id);
    expect(history.at(-1)!.reason).toBe('Gave up after 3 attempts: scripted transient failure 3 of 3');

    const retried = await engine.jobs.retry(job.id);
    expect(retried).toMatchObject({ state: JobState.ResolvingIdentity, status: JobStatus.Running, attempts: 0 });
  });

  it('fails at once on a permanent error, naming the reason', async () => {
    const { job } = await engine.jobs.create({ query: 'fatal@DOWNLOADING' });
    const failed = await engine.waitFor(job.id, finished);
    expect(failed.error).toMatchObject({
      code: 'permanent',
      message: 'scripted permanent failure in DOWNLOADING',
      state: JobState.Downloading,
      retryable: false,
    });
    expect((await engine.jobs.history(job.id)).filter((e) => e.type === JobEventType.RetryScheduled)).toHaveLength(0);
  });

  it('aborts a running step within a second on cancel; cancel is idempotent and never retried', async () => {
    const { job } = await engine.jobs.create({ query: 'hang@DOWNLOADING' });
    await engine.waitFor(job.id, (j) => j.state === JobState.Downloading);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const started = Date.now();
    const cancelled = await engine.jobs.cancel(job.id);
    expect(cancelled).toMatchObject({ state: JobState.Cancelled, status: JobStatus.Cancelled });
    const again = await engine.jobs.cancel(job.id);
    expect(again.state).toBe(JobState.Cancelled);
    await expect(engine.jobs.retry(job.id)).rejects.toMatchObject({ code: 'conflict' });
    await (
      engine.module.get((await import('../src/dispatch/job-dispatcher.js')).JOB_DISPATCHER) as { idle(): Promise<void> }
    ).idle();
    expect(Date.now() - started).toBeLessThan(1000);
    const history = await engine.jobs.history(job.id);
    expect(history.filter((e) => e.to === JobState.Cancelled)).toHaveLength(1);
    expect(history.at(-1)!.to).toBe(JobState.Cancelled);
  });

  it('cancels a waiting job', async () => {
    const { job } = await engine.jobs.create({ query: 'ask' });
    await engine.waitFor(job.id, (j) => j.status === JobStatus.Waiting);
    expect((await engine.jobs.cancel(job.id)).status).toBe(JobStatus.Cancelled);
  });

  it('refuses to cancel a finished job', async () => {
    const { job } = await engine.jobs.create({ query: 'plain' });
    await engine.waitFor(job.id, finished);
    await expect(engine.jobs.cancel(job.id)).rejects.toMatchObject({ code: 'conflict' });
  });

  it('returns the same job for a repeated idempotency key and refuses the key with another body', async () => {
    const first = await engine.jobs.create({ query: 'same', options: { ask: true } }, 'key-1');
    const second = await engine.jobs.create({ query: 'same', options: { ask: true } }, 'key-1');
    expect(first.created).toBe(true);
    expect(second).toMatchObject({ created: false, job: { id: first.job.id } });
    await expect(engine.jobs.create({ query: 'other' }, 'key-1')).rejects.toMatchObject({ code: 'unprocessable' });
  });

  it('makes exactly one job per key under 200 concurrent creates with 20 keys', async () => {
    const results = await Promise.all(
      Array.from({ length: 200 }, (_, i) => engine.jobs.create({ query: `song ${i % 20}` }, `burst-${i % 20}`)),
    );
    expect(new Set(results.map((r) => r.job.id)).size).toBe(20);
    expect(results.filter((r) => r.created)).toHaveLength(20);
    const page = await engine.jobs.list({ pageSize: 500 });
    expect(page.totalRecords).toBe(20);
  });

  it('searches queries literally: % and _ are not wildcards', async () => {
    for (const query of ['fatal@RESOLVING_IDENTITY 100% a_b', 'fatal@RESOLVING_IDENTITY 1000 axb']) {
      await engine.jobs.create({ query });
    }
    expect((await engine.jobs.list({ q: 'a_b' })).totalRecords).toBe(1);
    expect((await engine.jobs.list({ q: '100%' })).totalRecords).toBe(1);
    expect((await engine.jobs.list({ q: 'RESOLVING' })).totalRecords).toBe(2);
  });
});
