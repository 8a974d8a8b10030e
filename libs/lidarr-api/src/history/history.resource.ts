import { JobKind, JobState } from '@app/contracts';
import type { TransitionLine } from '@app/jobs';

export type HistoryEventType = 'grabbed' | 'trackFileImported' | 'downloadImported' | 'downloadFailed';

/** The job transitions that history shows, and what Lidarr calls them. */
export const HISTORY_STATES = [JobState.Downloading, JobState.Finalized, JobState.Failed] as const;

/** One line of a job's history, joined with its job. */
export type HistoryRow = TransitionLine;

export interface HistoryResource {
  id: number;
  albumId: number;
  artistId: number;
  trackId: number;
  sourceTitle: string;
  quality: { quality: { id: number; name: string }; revision: { version: number; real: number; isRepack: boolean } };
  customFormats: never[];
  customFormatScore: number;
  qualityCutoffNotMet: boolean;
  date: string;
  downloadId: string;
  eventType: HistoryEventType;
  data: Record<string, string>;
}

export function historyEventType(row: Pick<HistoryRow, 'toState' | 'kind'>): HistoryEventType {
  if (row.toState === JobState.Downloading) return 'grabbed';
  if (row.toState === JobState.Failed) return 'downloadFailed';
  return row.kind === JobKind.Track || row.kind === JobKind.Import ? 'trackFileImported' : 'downloadImported';
}

export function toHistoryResource(row: HistoryRow, album?: { id: number; artistId: number }): HistoryResource {
  return {
    id: row.eventId,
    albumId: album?.id ?? 0,
    artistId: album?.artistId ?? 0,
    trackId: 0,
    sourceTitle: row.query,
    quality: { quality: { id: 0, name: 'Unknown' }, revision: { version: 1, real: 0, isRepack: false } },
    customFormats: [],
    customFormatScore: 0,
    qualityCutoffNotMet: false,
    date: new Date(row.at).toISOString(),
    downloadId: row.parentId ?? row.jobId,
    eventType: historyEventType(row),
    data: { reason: row.reason, jobId: row.jobId },
  };
}
