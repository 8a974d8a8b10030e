import { type JobDto, JobKind, JobState, JobStatus, JobStreamEvent } from '@app/contracts';

import { StreamBuffer, applyJobMessage } from './live-jobs';

const job = (id: string, status = JobStatus.Running, state = JobState.Downloading): JobDto => ({
  id,
  kind: JobKind.Track,
  query: `query ${id}`,
  options: {},
  status,
  state,
  progress: { fraction: 0 },
  result: null,
  error: null,
  attempts: 1,
  parentId: null,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  finishedAt: null,
  nextRunAt: null,
});

describe('applyJobMessage', () => {
  it('puts a created job first, once', () => {
    const list = [job('a')];
    const created = applyJobMessage(list, { type: JobStreamEvent.Created, job: job('b') });
    expect(created.map((j) => j.id)).toEqual(['b', 'a']);
    expect(applyJobMessage(created, { type: JobStreamEvent.Created, job: job('b') })).toBe(created);
  });

  it('replaces an updated job in place', () => {
    const list = [job('a'), job('b')];
    const done = job('b', JobStatus.Success, JobState.Finalized);
    expect(applyJobMessage(list, { type: JobStreamEvent.Updated, job: done })).toEqual([list[0], done]);
  });

  it('drops a job that no longer passes the filter and adds one that now does', () => {
    const running = (j: JobDto) => j.status === JobStatus.Running;
    const list = [job('a'), job('b')];
    const cancelled = job('a', JobStatus.Cancelled, JobState.Cancelled);
    expect(applyJobMessage(list, { type: JobStreamEvent.Updated, job: cancelled }, running).map((j) => j.id)).toEqual([
      'b',
    ]);
    expect(applyJobMessage(list, { type: JobStreamEvent.Updated, job: job('c') }, running).map((j) => j.id)).toEqual([
      'c',
      'a',
      'b',
    ]);
    expect(applyJobMessage([], { type: JobStreamEvent.Created, job: cancelled }, running)).toEqual([]);
  });

  it('patches the progress of the job it names and leaves the others alone', () => {
    const list = [job('a'), job('b')];
    const next = applyJobMessage(list, {
      type: JobStreamEvent.Progress,
      jobId: 'b',
      state: JobState.Downloading,
      progress: { fraction: 0.4, detail: { speedBps: 2048 } },
    });
    expect(next[0]).toBe(list[0]);
    expect(next[1]?.progress).toEqual({ fraction: 0.4, detail: { speedBps: 2048 } });
  });

  it('ignores library scan messages', () => {
    const list = [job('a')];
    const scan = {
      type: 'library.scan' as const,
      scanId: 's',
      phase: 'walking' as const,
      seen: 1,
      indexed: 0,
      moved: 0,
      unchanged: 0,
      missing: 0,
      removed: 0,
      failed: 0,
    };
    expect(applyJobMessage(list, scan)).toBe(list);
  });

  it('keeps a newer job over an older update', () => {
    const fresh = { ...job('a', JobStatus.Success, JobState.Finalized), updatedAt: '2026-01-01T00:00:05.000Z' };
    const stale = { ...job('a'), updatedAt: '2026-01-01T00:00:01.000Z' };
    expect(applyJobMessage([fresh], { type: JobStreamEvent.Updated, job: stale })).toEqual([fresh]);
  });
});

describe('StreamBuffer', () => {
  it('applies what the stream said while the list was being read', async () => {
    const buffer = new StreamBuffer();
    const later = { ...job('a', JobStatus.Running, JobState.Downloading), updatedAt: '2026-01-01T00:00:09.000Z' };
    const read = buffer.read(async () => {
      buffer.record({ type: JobStreamEvent.Updated, job: later });
      return [job('a', JobStatus.Running, JobState.Searching)];
    });
    expect((await read).map((j) => j.state)).toEqual([JobState.Downloading]);
    buffer.record({ type: JobStreamEvent.Created, job: job('b') });
    expect((await buffer.read(async () => [])).length).toBe(0);
  });
});
