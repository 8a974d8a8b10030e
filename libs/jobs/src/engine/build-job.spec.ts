import { JobKind, JobState } from '@app/contracts';
import { buildChildren, buildJob } from './build-job.js';
import type { JobData } from './job-data.js';

describe('buildJob', () => {
  it("starts a job in its kind's first state, due at once", () => {
    const job = buildJob({ query: 'Nova Tide - Paper Lanterns' }, 1000);
    expect(job).toMatchObject({ kind: JobKind.Track, state: JobState.ResolvingIdentity, nextRunAt: 1000 });
  });

  it('starts a picked track in DOWNLOADING with what it was handed', () => {
    // Keys the acquisition and resolver libraries declare, which the jobs library's tests do not load.
    const data = { recording: { title: 'Paper Lanterns', artists: ['Nova Tide'] }, sources: [{ url: 'u' }] } as JobData;
    const job = buildJob(
      { query: 'Nova Tide - Paper Lanterns', data, start: { state: JobState.Downloading, reason: 'Picked' } },
      1000,
    );
    expect(job).toMatchObject({ state: JobState.Downloading, status: 'running', stepData: data, nextRunAt: 1000 });
  });

  it.each([
    [JobKind.Track, JobState.Tagging],
    [JobKind.Album, JobState.Downloading],
    [JobKind.List, JobState.Searching],
  ])('refuses to start a %s job in %s', (kind, state) => {
    expect(() => buildJob({ query: 'x', kind, start: { state, reason: 'r' } }, 1000)).toThrow(
      `A ${kind} job cannot start in ${state}`,
    );
  });

  it("starts a parent's child where the parent's step says (an album track whose audio is already here)", () => {
    const start = { state: JobState.Extracting, reason: 'Downloaded with its album' };
    const [child] = buildChildren('parent-1', [{ query: 'A - B', start }], 1000);
    expect(child).toMatchObject({ state: JobState.Extracting, parentId: 'parent-1', nextRunAt: 1000 });
  });
});
