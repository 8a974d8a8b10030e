import { type JobDto, JobState, JobStatus } from '@app/contracts';

/** What the downloads page shows of one job; torrent fields are there only when the source reports them. */
export interface DownloadRow {
  id: string;
  title: string;
  state: JobState;
  status: JobStatus;
  percent: number;
  speedBps?: number;
  etaSeconds?: number;
  peers?: number;
  seeds?: number;
  /** Seeding after the download (torrent sources). */
  seeding?: boolean;
  /** yt-dlp, or a torrent client's name. */
  via?: string;
  /** Where the file is: the library path once stored, else the source or temp file. */
  location?: string;
  error?: string;
  canCancel: boolean;
  canRetry: boolean;
}

/** States that belong on the downloads page: fetching and everything after it up to the library. */
const DOWNLOAD_STATES = new Set<JobState>([
  JobState.Searching,
  JobState.Downloading,
  JobState.Extracting,
  JobState.MatchingMetadata,
  JobState.Tagging,
  JobState.Storing,
  JobState.Finalized,
]);

const num = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? value : undefined);
const str = (value: unknown) => (typeof value === 'string' && value ? value : undefined);

/** A track job that is downloading or did download (recently); album and list parents are left to the queue. */
export function isDownload(job: JobDto): boolean {
  if (job.kind !== 'track') return false;
  if (DOWNLOAD_STATES.has(job.state)) return true;
  return job.status !== JobStatus.Waiting && job.state !== JobState.ResolvingIdentity;
}

export function downloadRow(job: JobDto): DownloadRow {
  const detail = job.progress.detail ?? {};
  const result = job.result ?? {};
  const row: DownloadRow = {
    id: job.id,
    title: job.query,
    state: job.state,
    status: job.status,
    percent: Math.round(Math.min(1, Math.max(0, job.progress.fraction)) * 100),
    canCancel: job.status === JobStatus.Running || job.status === JobStatus.Waiting,
    canRetry: job.status === JobStatus.Error || job.status === JobStatus.Cancelled,
  };
  const fields: Partial<DownloadRow> = {
    speedBps: num(detail['speedBps']) ?? num(detail['downloadSpeed']),
    etaSeconds: num(detail['etaSeconds']) ?? num(detail['eta']),
    peers: num(detail['peers']),
    seeds: num(detail['seeds']) ?? num(detail['seeders']),
    seeding: typeof detail['seeding'] === 'boolean' ? detail['seeding'] : undefined,
    via: str(detail['client']) ?? (str(detail['source']) ? 'yt-dlp' : undefined),
    location: str(result['path']) ?? str(detail['file']) ?? str(detail['source']),
    error: job.error?.message,
  };
  for (const [key, value] of Object.entries(fields)) if (value !== undefined) Object.assign(row, { [key]: value });
  return row;
}
