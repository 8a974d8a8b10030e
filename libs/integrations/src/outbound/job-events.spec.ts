import { IntegrationEvent, type JobDto, JobKind, JobState, JobStatus } from '@app/contracts';
import { eventOfJobUpdate } from './job-events.js';

const AT = Date.parse('2026-11-21T12:00:00Z');

function job(state: JobState, extra: Partial<JobDto> = {}): JobDto {
  return {
    id: 'job-1',
    kind: JobKind.Track,
    query: 'rick astley never gonna give you up',
    options: {},
    status: JobStatus.Running,
    state,
    progress: { fraction: 0 },
    result: null,
    error: null,
    attempts: 0,
    parentId: null,
    createdAt: '2026-11-21T11:59:00.000Z',
    updatedAt: '2026-11-21T12:00:00.000Z',
    finishedAt: null,
    nextRunAt: null,
    ...extra,
  };
}

describe('eventOfJobUpdate', () => {
  it.each<[JobState | undefined, JobState, IntegrationEvent]>([
    [JobState.Searching, JobState.Downloading, IntegrationEvent.Grab],
    [undefined, JobState.Downloading, IntegrationEvent.Grab],
    [JobState.Downloading, JobState.Failed, IntegrationEvent.Failure],
    [JobState.ResolvingIdentity, JobState.UserIntentSelection, IntegrationEvent.NeedsInput],
    [JobState.MatchingMetadata, JobState.UserMetadataSelection, IntegrationEvent.NeedsInput],
  ])('%s → %s is %s', (previous, state, type) => {
    expect(eventOfJobUpdate(previous, job(state), AT)).toMatchObject({ type, at: AT, jobId: 'job-1' });
  });

  it('an import is a job that stored a file, with its path', () => {
    const stored = job(JobState.Finalized, { result: { path: 'Rick Astley/Singles/x.flac', outcome: 'stored' } });
    expect(eventOfJobUpdate(JobState.Storing, stored, AT)).toEqual({
      type: IntegrationEvent.Import,
      at: AT,
      jobId: 'job-1',
      query: 'rick astley never gonna give you up',
      jobKind: JobKind.Track,
      state: JobState.Finalized,
      path: 'Rick Astley/Singles/x.flac',
    });
  });

  it('a failure carries its reason', () => {
    const failed = job(JobState.Failed, {
      error: { code: 'permanent', message: 'geo-blocked', state: JobState.Downloading, retryable: false },
    });
    expect(eventOfJobUpdate(JobState.Downloading, failed, AT)?.reason).toBe('geo-blocked');
  });

  it.each<[string, JobState | undefined, JobDto]>([
    ['an update within the same state (a retry scheduled)', JobState.Downloading, job(JobState.Downloading)],
    ['a state nobody is told about', JobState.Searching, job(JobState.Extracting)],
    [
      'an album job ending, which stored no file itself',
      JobState.AwaitingChildren,
      job(JobState.Finalized, { kind: JobKind.Album, result: { children: 3 } }),
    ],
  ])('ignores %s', (_name, previous, update) => {
    expect(eventOfJobUpdate(previous, update, AT)).toBeUndefined();
  });
});
