import { readdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { jest } from '@jest/globals';
import { JobEventType, JobKind, JobState, JobStatus } from '@app/contracts';
import { InvalidTransitionError } from '@app/core';
import { FakeClock, makeTestConfig } from '@app/testing';
import type { JobEntity } from '../entities/job.entity.js';
import { EngineSignals } from '../events/engine-signals.js';
import { JobEventBus } from '../events/job-event-bus.js';
import type { JobRepository } from '../job.repository.js';
import type { JobViews } from '../views/job-views.js';
import { JobTransitions } from './job-transitions.js';

const NOW = 5_000_000;

function jobIn(state: JobState, overrides: Partial<JobEntity> = {}): JobEntity {
  return Object.assign({} as JobEntity, {
    id: 'job-1',
    kind: JobKind.Track,
    state,
    status: JobStatus.Running,
    error: null,
    version: 4,
    leaseOwner: 'worker',
    leaseUntil: NOW + 1000,
    nextRunAt: NOW - 10,
    finishedAt: null,
    ...overrides,
  });
}

function setup() {
  const write = jest.fn(async (_id: string, guard: { base?: JobEntity }, changes: Partial<JobEntity>) => ({
    ...guard.base!,
    ...changes,
  }));
  const jobs = { write } as unknown as JobRepository;
  const views = { toDto: jest.fn(async (job: JobEntity) => ({ id: job.id, state: job.state })) };
  const bus = new JobEventBus(makeTestConfig());
  const published: unknown[] = [];
  bus.subscribe((event) => published.push(event));
  const signals = new EngineSignals();
  const runnable: string[] = [];
  signals.onRunnable((id) => runnable.push(id));
  const sut = new JobTransitions(jobs, views as unknown as JobViews, bus, signals, new FakeClock(NOW));
  return { sut, write, published, runnable };
}

describe('JobTransitions', () => {
  it('refuses an edge the table does not have, and writes nothing', async () => {
    const { sut, write } = setup();
    await expect(sut.transition(jobIn(JobState.Tagging), JobState.Downloading, 'no')).rejects.toBeInstanceOf(
      InvalidTransitionError,
    );
    const finished = jobIn(JobState.Finalized, { kind: JobKind.Album, status: JobStatus.Success });
    // Reopening a parent is a retry, never a step's transition.
    await expect(sut.transition(finished, JobState.AwaitingChildren, 'no')).rejects.toBeInstanceOf(
      InvalidTransitionError,
    );
    expect(write).not.toHaveBeenCalled();
  });

  it('writes a step transition guarded by the version, frees the lease and makes the next step due', async () => {
    const { sut, write, published, runnable } = setup();
    const updated = await sut.transition(
      jobIn(JobState.Searching),
      JobState.Downloading,
      'found 3',
      { attempts: 0 },
      {
        leaseOwner: 'worker',
        data: { sources: 3 },
      },
    );
    expect(write).toHaveBeenCalledWith(
      'job-1',
      expect.objectContaining({ version: 4, leaseOwner: 'worker' }),
      expect.objectContaining({
        state: JobState.Downloading,
        status: JobStatus.Running,
        leaseOwner: null,
        leaseUntil: null,
        nextRunAt: NOW,
        finishedAt: null,
        attempts: 0,
      }),
      {
        type: JobEventType.Transition,
        from: JobState.Searching,
        to: JobState.Downloading,
        reason: 'found 3',
        data: { sources: 3 },
      },
      expect.anything(),
    );
    expect(updated?.state).toBe(JobState.Downloading);
    expect(published).toEqual([expect.objectContaining({ job: { id: 'job-1', state: JobState.Downloading } })]);
    expect(runnable).toEqual(['job-1']);
  });

  it('ends a job with its finishing time and nothing left to run; a patch overrides the defaults', async () => {
    const { sut, write, runnable } = setup();
    await sut.transition(jobIn(JobState.Downloading), JobState.Failed, 'gone', { error: null });
    const changes = write.mock.calls[0]![2];
    expect(changes).toMatchObject({
      state: JobState.Failed,
      status: JobStatus.Error,
      finishedAt: NOW,
      nextRunAt: null,
    });
    expect(runnable).toEqual([]);
    await sut.transition(
      jobIn(JobState.Downloading),
      JobState.Downloading,
      'again later',
      { nextRunAt: NOW + 500 },
      {
        type: JobEventType.RetryScheduled,
      },
    );
    expect(write.mock.calls[1]![2]).toMatchObject({ state: JobState.Downloading, nextRunAt: NOW + 500 });
  });

  it('announces nothing when the guard failed', async () => {
    const { sut, write, published } = setup();
    write.mockResolvedValueOnce(null as never);
    expect(await sut.transition(jobIn(JobState.Searching), JobState.Downloading, 'late')).toBeNull();
    expect(published).toEqual([]);
  });

  it('is the only code in libs/jobs that writes a job row', async () => {
    const root = join(dirname(fileURLToPath(import.meta.url)), '..');
    const files = (await readdir(root, { recursive: true })).filter(
      (file) => file.endsWith('.ts') && !file.endsWith('.spec.ts'),
    );
    const writers: string[] = [];
    for (const file of files) {
      const text = await readFile(join(root, file), 'utf8');
      if (/\bjobs\.write\(/.test(text)) writers.push(file);
    }
    expect(writers).toEqual([join('engine', 'job-transitions.ts')]);
  });
});
