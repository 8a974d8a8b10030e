import { type JobDto, JobKind, JobState, JobStatus } from '@app/contracts';

import { downloadRow, isDownload } from './download-row';

const job = (over: Partial<JobDto>): JobDto => ({
  id: 'j1',
  kind: JobKind.Track,
  query: 'Nova Tide - Paper Lanterns',
  options: {},
  status: JobStatus.Running,
  state: JobState.Downloading,
  progress: { fraction: 0.42 },
  result: null,
  error: null,
  attempts: 1,
  parentId: null,
  createdAt: '2026-12-07T10:00:00.000Z',
  updatedAt: '2026-12-07T10:00:01.000Z',
  finishedAt: null,
  nextRunAt: null,
  ...over,
});

describe('downloadRow', () => {
  it('shows yt-dlp progress: percent, speed, time left and the source', () => {
    const row = downloadRow(
      job({
        progress: { fraction: 0.42, detail: { speedBps: 1_048_576, etaSeconds: 12, source: 'https://youtu.be/x' } },
      }),
    );
    expect(row).toMatchObject({ percent: 42, speedBps: 1_048_576, etaSeconds: 12, via: 'yt-dlp', canCancel: true });
    expect(row.peers).toBeUndefined();
  });

  it('shows torrent fields when the progress event carries them', () => {
    const row = downloadRow(
      job({ progress: { fraction: 1, detail: { client: 'qBittorrent', peers: 7, seeds: 3, seeding: true, eta: 0 } } }),
    );
    expect(row).toMatchObject({ via: 'qBittorrent', peers: 7, seeds: 3, seeding: true, etaSeconds: 0, percent: 100 });
  });

  it('offers retry for a failed download and names where a stored one is', () => {
    expect(
      downloadRow(
        job({
          status: JobStatus.Error,
          error: { code: 'x', message: 'No source', state: JobState.Downloading, retryable: false },
        }),
      ),
    ).toMatchObject({ canRetry: true, canCancel: false, error: 'No source' });
    expect(
      downloadRow(
        job({
          status: JobStatus.Success,
          state: JobState.Finalized,
          result: { path: 'Nova Tide/Harbour Lights/03 Paper Lanterns.opus' },
        }),
      ).location,
    ).toBe('Nova Tide/Harbour Lights/03 Paper Lanterns.opus');
  });

  it('leaves out parents and jobs still waiting for a choice of recording', () => {
    expect(isDownload(job({ kind: JobKind.Album }))).toBe(false);
    expect(isDownload(job({ state: JobState.UserIntentSelection, status: JobStatus.Waiting }))).toBe(false);
    expect(isDownload(job({}))).toBe(true);
  });
});
