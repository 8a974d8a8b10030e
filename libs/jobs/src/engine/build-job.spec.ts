import { JobKind, JobState } from '@app/contracts';
import { buildChildren, buildJob } from './build-job.js';

describe('buildJob start state', () => {
  it("starts a parent's child where the parent's step says (an album track whose audio is already here)", () => {
    const [child] = buildChildren('parent-1', [{ query: 'A - B', startState: JobState.Extracting }], 1000);
    expect(child).toMatchObject({ state: JobState.Extracting, parentId: 'parent-1', nextRunAt: 1000 });
  });

  it("starts a request at its kind's first state even when it names another", () => {
    const job = buildJob({ query: 'A - B', kind: JobKind.Track, startState: JobState.Storing }, 1000);
    expect(job.state).toBe(JobState.ResolvingIdentity);
  });
});
