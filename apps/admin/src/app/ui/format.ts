import { JobState } from '@app/contracts';

/** 215000 → "3:35"; unknown → "–". */
export function formatDuration(ms: number | null | undefined): string {
  if (ms === null || ms === undefined || !Number.isFinite(ms)) return '–';
  const total = Math.round(ms / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  return h ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

/** When a track was last played, in the browser's time zone to the minute; never played → "–". */
export function formatPlayed(iso: string | null | undefined): string {
  if (!iso) return '–';
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return '–';
  return at.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

/** 1536 → "1.5 KB". */
export function formatBytes(bytes: number | null | undefined): string {
  if (bytes === null || bytes === undefined || !Number.isFinite(bytes)) return '–';
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value < 10 && unit ? value.toFixed(1) : Math.round(value)} ${units[unit]}`;
}

const STATE_LABELS: Record<JobState, string> = {
  [JobState.ResolvingIdentity]: 'Identifying',
  [JobState.UserIntentSelection]: 'Needs a choice',
  [JobState.Searching]: 'Searching sources',
  [JobState.Downloading]: 'Downloading',
  [JobState.Extracting]: 'Extracting audio',
  [JobState.MatchingMetadata]: 'Matching metadata',
  [JobState.UserMetadataSelection]: 'Needs a metadata choice',
  [JobState.Tagging]: 'Tagging',
  [JobState.Storing]: 'Storing',
  [JobState.Expanding]: 'Listing tracks',
  [JobState.AwaitingChildren]: 'Waiting for tracks',
  [JobState.Analysing]: 'Analysing audio',
  [JobState.Finalized]: 'Done',
  [JobState.Failed]: 'Failed',
  [JobState.Cancelled]: 'Cancelled',
};

export function stateLabel(state: string | null | undefined): string {
  return state ? (STATE_LABELS[state as JobState] ?? state) : '–';
}

/** The year of a `YYYY`, `YYYY-MM-DD` date or a number. */
export function yearOf(value: unknown): string | undefined {
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string') return undefined;
  return /^(\d{4})/.exec(value)?.[1];
}
