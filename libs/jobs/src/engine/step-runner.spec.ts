import { jest } from '@jest/globals';
import { JobKind, JobState, JobStatus } from '@app/contracts';
import type { AppConfig } from '@app/config';
import { PermanentError, RetryableError } from '@app/core';
import { currentLogContext, withLogContext } from '@app/platform';
import { FakeClock, makeTestConfig } from '@app/testing';
import type { JobEntity } from '../entities/job.entity.js';
import { EngineSignals } from '../events/engine-signals.js';
import type { JobRepository } from '../job.repository.js';
import type { JobLeases } from '../job-leases.repository.js';
import type { JobStateMachine } from './job-state-machine.service.js';
import type { StepObserver, StepRunRecord } from './step-observer.js';
import type { StepRegistry } from './step-registry.js';
import { StepRunner } from './step-runner.js';
import type { PipelineStep, StepContext, StepOutcome } from './step.types.js';

function claimedJob(overrides: Partial<JobEntity> = {}): JobEntity {
  return Object.assign({} as JobEntity, {
    id: 'job-1',
    kind: JobKind.Track,
    query: 'numb linkin park',
    options: {},
    state: JobState.Searching,
    status: JobStatus.Running,
    stepData: { recording: 'r1' },
    attempts: 0,
    version: 3,
    parentId: null,
    result: null,
    ...overrides,
  });
}

function setup(
  step: PipelineStep | undefined,
  job: JobEntity | null = claimedJob(),
  config?: AppConfig,
  observer?: StepObserver,
) {
  const jobs = { findById: jest.fn(async () => job) };
  const leases = {
    claim: jest.fn(async () => job),
    renewLease: jest.fn(async () => true),
    releaseLease: jest.fn(async () => true),
  };
  const machine = {
    completeStep: jest.fn(async (..._args: unknown[]) => true),
    failStep: jest.fn(async (..._args: unknown[]) => true),
    scheduleRetry: jest.fn(async (..._args: unknown[]) => true),
    recordProgress: jest.fn(async () => undefined),
  };
  const registry = { find: jest.fn(() => step) };
  const signals = new EngineSignals();
  const cfg =
    config ?? makeTestConfig({ jobs: { maxAttempts: 3, retryBaseMs: 1000, retryMaxMs: 8000, heartbeatMs: 20 } });
  const sut = new StepRunner(
    jobs as unknown as JobRepository,
    leases as unknown as JobLeases,
    machine as unknown as JobStateMachine,
    registry as unknown as StepRegistry,
    signals,
    cfg,
    new FakeClock(1_000_000),
    observer,
  );
  return { sut, leases, machine, signals };
}

const stepReturning = (outcome: StepOutcome): PipelineStep => ({ run: async () => outcome });
const stepThrowing = (error: Error): PipelineStep => ({
  run: async () => {
    throw error;
  },
});

describe('StepRunner', () => {
  afterEach(() => jest.restoreAllMocks());

  it('does nothing when another worker holds the step', async () => {
    const { sut, machine } = setup(stepReturning({ next: JobState.Downloading, reason: 'x' }), null);
    await expect(sut.tick('job-1')).resolves.toBe('not-claimed');
    expect(machine.completeStep).not.toHaveBeenCalled();
  });

  it('claims with a lease and hands the outcome to the state machine', async () => {
    let seen: StepContext | undefined;
    const outcome = { next: JobState.Downloading, reason: 'best source found' };
    const { sut, leases, machine } = setup({
      run: async (ctx) => {
        seen = ctx;
        return outcome;
      },
    });
    await expect(sut.tick('job-1')).resolves.toBe('completed');
    expect(leases.claim).toHaveBeenCalledWith('job-1', sut.owner, 1_000_000, 1_000_000 + 2000);
    expect(machine.completeStep).toHaveBeenCalledWith(expect.objectContaining({ id: 'job-1' }), sut.owner, outcome);
    expect(seen?.job).toMatchObject({ id: 'job-1', state: JobState.Searching, data: { recording: 'r1' }, attempt: 1 });
    expect(seen?.signal.aborted).toBe(false);
  });

  it('reports a lost commit as dropped', async () => {
    const { sut, machine } = setup(stepReturning({ next: JobState.Downloading, reason: 'x' }));
    machine.completeStep.mockResolvedValueOnce(false);
    await expect(sut.tick('job-1')).resolves.toBe('dropped');
  });

  it('fails the job when no handler is registered, saying so', async () => {
    const { sut, machine } = setup(undefined);
    await expect(sut.tick('job-1')).resolves.toBe('failed');
    expect(machine.failStep).toHaveBeenCalledWith(
      expect.anything(),
      sut.owner,
      expect.any(PermanentError),
      'No step handler is registered for state SEARCHING',
    );
  });

  it('fails at once on a permanent error', async () => {
    const { sut, machine } = setup(stepThrowing(new PermanentError('video is private')));
    await expect(sut.tick('job-1')).resolves.toBe('failed');
    expect(machine.failStep.mock.calls[0]![3]).toBe('video is private');
    expect(machine.scheduleRetry).not.toHaveBeenCalled();
  });

  it.each([
    [0, 1000],
    [1, 2000],
  ])('schedules a retry with backoff after attempt %i fails transiently', async (attempts, centre) => {
    jest.spyOn(Math, 'random').mockReturnValue(0.5);
    const { sut, machine } = setup(stepThrowing(new RetryableError('HTTP 503')), claimedJob({ attempts }));
    await expect(sut.tick('job-1')).resolves.toBe('retry-scheduled');
    expect(machine.scheduleRetry).toHaveBeenCalledWith(
      expect.anything(),
      sut.owner,
      expect.any(RetryableError),
      centre,
    );
  });

  it('treats an unknown error as transient', async () => {
    const { sut } = setup(stepThrowing(new TypeError('boom')));
    await expect(sut.tick('job-1')).resolves.toBe('retry-scheduled');
  });

  it('gives up after the configured number of attempts', async () => {
    const { sut, machine } = setup(stepThrowing(new RetryableError('HTTP 503')), claimedJob({ attempts: 2 }));
    await expect(sut.tick('job-1')).resolves.toBe('failed');
    expect(machine.failStep.mock.calls[0]![3]).toBe('Gave up after 3 attempts: HTTP 503');
  });

  it('aborts the step when its job is cancelled in this process, and drops the outcome', async () => {
    const { sut, machine, signals, leases } = setup({
      run: (ctx) =>
        new Promise((_resolve, reject) => {
          ctx.signal.addEventListener('abort', () => reject(ctx.signal.reason));
          setTimeout(() => signals.cancelled('job-1'), 5);
        }),
    });
    await expect(sut.tick('job-1')).resolves.toBe('dropped');
    expect(machine.failStep).not.toHaveBeenCalled();
    expect(machine.scheduleRetry).not.toHaveBeenCalled();
    expect(leases.releaseLease).toHaveBeenCalledWith('job-1', sut.owner);
  });

  it('aborts the step when a heartbeat finds the lease gone', async () => {
    const { sut, leases, machine } = setup({
      run: (ctx) =>
        new Promise((_resolve, reject) => ctx.signal.addEventListener('abort', () => reject(ctx.signal.reason))),
    });
    leases.renewLease.mockResolvedValue(false);
    await expect(sut.tick('job-1')).resolves.toBe('dropped');
    expect(machine.completeStep).not.toHaveBeenCalled();
  });

  it('drops an outcome returned after an abort', async () => {
    const { sut, machine, signals } = setup({
      run: async () => {
        signals.cancelled('job-1');
        return { next: JobState.Downloading, reason: 'too late' };
      },
    });
    await expect(sut.tick('job-1')).resolves.toBe('dropped');
    expect(machine.completeStep).not.toHaveBeenCalled();
  });
  it('tells the step observer which state ran and how it ended', async () => {
    const seen: StepRunRecord[] = [];
    const observer = { stepFinished: (record: StepRunRecord) => seen.push(record) };
    const { sut } = setup(stepThrowing(new PermanentError('video is private')), undefined, undefined, observer);
    await sut.tick('job-1');
    expect(seen).toEqual([
      { jobId: 'job-1', state: JobState.Searching, outcome: 'failed', durationMs: expect.any(Number) },
    ]);
  });

  it("runs the step inside the job's log context", async () => {
    let context: unknown;
    const { sut } = setup({
      run: async () => {
        context = currentLogContext();
        return { next: JobState.Downloading, reason: 'x' };
      },
    });
    // A step woken by a request (the one that created the job) is not part of that request.
    await withLogContext({ reqId: 'req-1' }, () => sut.tick('job-1'));
    expect(context).toEqual({ jobId: 'job-1' });
  });
});
