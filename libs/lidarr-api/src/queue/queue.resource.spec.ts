import { type JobDto, JobKind, JobState, JobStatus } from '@app/contracts';
import { toQueueResource } from './queue.resource.js';

const job = (patch: Partial<JobDto> = {}): JobDto => ({
  id: 'job-1',
  kind: JobKind.Track,
  query: 'Nova Tide - Paper Lanterns',
  options: {},
  status: JobStatus.Running,
  state: JobState.Downloading,
  progress: { fraction: 0.25 },
  result: null,
  error: null,
  attempts: 0,
  parentId: null,
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-01T00:00:00.000Z',
  finishedAt: null,
  nextRunAt: null,
  ...patch,
});

describe('toQueueResource', () => {
  it('shows a download with its bytes and estimated completion', () => {
    const detail = { downloadedBytes: 300, totalBytes: 1000, etaSeconds: 10 };
    const resource = toQueueResource({ number: 5, job: job({ progress: { fraction: 0.3, detail } }), now: 0 });
    expect(resource).toMatchObject({
      id: 5,
      title: 'Nova Tide - Paper Lanterns',
      size: 1000,
      sizeleft: 700,
      estimatedCompletionTime: '1970-01-01T00:00:10.000Z',
      status: 'downloading',
      trackedDownloadStatus: 'ok',
      trackedDownloadState: 'downloading',
      downloadId: 'job-1',
      added: '2025-01-01T00:00:00.000Z',
    });
    expect(resource.albumId).toBeUndefined();
  });

  it('uses the fraction of 100 without bytes, and warns while a person must choose', () => {
    const resource = toQueueResource({
      number: 6,
      job: job({ status: JobStatus.Waiting, state: JobState.UserIntentSelection }),
      now: 0,
    });
    expect(resource).toMatchObject({ size: 100, sizeleft: 75, trackedDownloadStatus: 'warning', status: 'paused' });
    expect(resource.estimatedCompletionTime).toBeUndefined();
  });
});
