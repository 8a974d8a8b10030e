/** Route paths shared by the server and the admin UI. */
export const ApiRoutes = {
  prefix: 'api/v1',
  jobs: 'jobs',
  lists: 'lists',
  events: 'events',
  parse: 'parse',
  resolve: 'resolve',
  search: 'search',
  providers: 'providers',
  systemTools: 'system/tools',
  systemSchedules: 'system/schedules',
  systemWatch: 'system/watch',
  systemWatchRescan: 'system/watch/rescan',
  libraryDuplicates: 'library/duplicates',
  libraryNaming: 'library/naming',
  libraryTracks: 'library/tracks',
  libraryScan: 'library/scan',
  libraryScans: 'library/scans',
  import: 'import',
  analyzeTrack: 'analyze/track',
  analyzeLibrary: 'analyze/library',
  analysisTrack: 'analysis/track',
  analysisTracks: 'analysis/tracks',
  scoreTrack: 'score/track',
  libraryRename: 'library/rename',
  integrations: 'integrations',
  webhooks: 'webhooks',
  deliveries: 'deliveries',
  auth: 'auth',
  listeners: 'listeners',
  listens: 'listens',
  mixes: 'mixes',
  dashboard: 'dashboard',
  aggregateWeeks: 'aggregate/weeks',
  labels: 'labels',
  ping: 'ping',
  docs: 'api/docs',
} as const;

/** Where ListenBrainz clients (Navidrome, the Jellyfin plugin) submit listens: `/<prefix>/1/submit-listens`. */
export const LISTENBRAINZ_PREFIX = 'listenbrainz';

/** Header that makes `POST /jobs` safe to repeat. */
export const IDEMPOTENCY_HEADER = 'idempotency-key';

/** Shape of every 4xx/5xx body of the job API. */
export interface ApiErrorBody {
  statusCode: number;
  error: string;
  message: string;
  errors?: { field: string; message: string }[];
}

/** One external program as `GET /api/v1/system/tools` reports it. */
export interface ToolStatusDto {
  name: string;
  path: string;
  ok: boolean;
  version: string | null;
  problem?: string;
  /** yt-dlp only: whether `POST /system/tools/yt-dlp/update` can replace it (a binary in the data folder). */
  updatable?: boolean;
  /** yt-dlp only: the newest release, checked at most once a day; null when the check failed. */
  latestVersion?: string | null;
  /** yt-dlp only: when the newest release was last checked (ISO 8601), null before the first check. */
  latestCheckedAt?: string | null;
  /** yt-dlp only: why the newest release could not be checked. */
  latestProblem?: string;
  /** yt-dlp only: recent transient download failures (bot checks, rate limits, network), grouped by kind. */
  warnings?: ToolWarningDto[];
}

/** A kind of transient failure a tool ran into recently, how often, and when first and last. */
export interface ToolWarningDto {
  /** `bot-check`, `rate-limited`, `network`, `http-5xx` or `unknown`. */
  kind: string;
  /** The most recent message of this kind. */
  message: string;
  count: number;
  firstAt: string;
  lastAt: string;
}

/** What `POST /system/tools/yt-dlp/update` did. */
export interface ToolUpdateDto {
  name: string;
  path: string;
  previousVersion: string | null;
  version: string;
}
