import {
  bool,
  cronSchedule,
  databaseUrl,
  host,
  hostsOrSubnets,
  integer,
  oneOf,
  origins,
  path,
  trustProxy,
  url,
} from '../env-schema.js';
import { megabytes, optional, setting } from './setting.js';

export type LogLevel = 'error' | 'warn' | 'info' | 'debug' | 'verbose';
export type ProcessRole = 'all' | 'api' | 'worker';

/** Server, storage and engine: where TrueTrack listens, keeps its data and runs its steps. */
export const ENGINE_SETTINGS = {
  server: {
    host: setting('TRUETRACK_HOST', 'address the HTTP server binds to (`0.0.0.0` to listen on every interface)', {
      default: '127.0.0.1',
      parse: host,
    }),
    port: setting('TRUETRACK_PORT', 'HTTP port', { default: '8000', parse: integer(1, 65535) }),
    allowedOrigins: setting(
      'ALLOWED_ORIGINS',
      'comma-separated origins allowed by CORS, e.g. `http://nas:8096`; `*` for any',
      { default: '', parse: (raw) => (raw.trim() ? origins(raw) : { value: [] }) },
    ),
    trustProxy: setting(
      'TRUETRACK_TRUST_PROXY',
      'behind a reverse proxy: how many proxies stand in front (`1`) or their addresses/subnets (`172.18.0.0/16`); never `true` — see [Security](#security)',
      { default: 'false', parse: trustProxy },
    ),
  },
  sources: {
    allowPrivate: setting(
      'TRUETRACK_ALLOW_PRIVATE_SOURCES',
      'hosts/subnets on private, loopback or link-local addresses URL jobs may fetch (`nas.lan,192.168.1.0/24`), or `true` for all',
      { default: 'false', parse: hostsOrSubnets },
    ),
  },
  paths: {
    libraryRoot: setting('MUSIC_LIBRARY_ROOT', 'the library folder', { default: '~/Music/library', parse: path }),
    dataDir: setting('TRUETRACK_DATA_DIR', 'database, `truetrack.yml`, temp files (environment only)', {
      default: './data',
      parse: path,
      envOnly: true,
    }),
  },
  db: {
    url: optional('DATABASE_URL', '`sqlite:<file>` or `postgres://user:pass@host:5432/db`', {
      parse: databaseUrl,
      shown: '`sqlite:<data dir>/truetrack.db`',
    }),
  },
  log: {
    level: setting('TRUETRACK_LOG_LEVEL', '`error`, `warn`, `info`, `debug` or `verbose`', {
      default: 'info',
      parse: oneOf<LogLevel>('error', 'warn', 'info', 'debug', 'verbose'),
    }),
    fileMaxBytes: setting(
      'TRUETRACK_LOG_FILE_MAX_MB',
      'size at which `<data dir>/logs/truetrack.log` is rotated (MB)',
      { default: '10', parse: integer(1, 1024), to: megabytes },
    ),
    files: setting('TRUETRACK_LOG_FILES', 'log files kept, the current one included', {
      default: '5',
      parse: integer(1, 100),
    }),
  },
  queue: {
    redisUrl: optional(
      'REDIS_URL',
      '`redis://host:6379[/db]`: steps are dispatched through Bull queues (instances sharing a Redis keep apart by database number); unset = in-process',
      { parse: url('redis', 'rediss') },
    ),
    role: setting('TRUETRACK_ROLE', '`all` (API + worker), `api` (no steps), `worker` (steps only)', {
      default: 'all',
      parse: oneOf<ProcessRole>('all', 'api', 'worker'),
    }),
    concurrency: setting('TRUETRACK_WORKER_CONCURRENCY', 'steps one worker process runs at once', {
      default: '2',
      parse: integer(1, 64),
    }),
    pollMs: setting('TRUETRACK_POLL_MS', 'how often a worker looks for due steps (retries, crash recovery)', {
      default: '1000',
      parse: integer(10, 60_000),
    }),
  },
  jobs: {
    maxAttempts: setting('TRUETRACK_JOB_MAX_ATTEMPTS', 'tries per step before the job fails', {
      default: '5',
      parse: integer(1, 100),
    }),
    retryBaseMs: setting('TRUETRACK_RETRY_BASE_MS', 'first retry delay; doubles per attempt with ±20 % jitter', {
      default: '2000',
      parse: integer(1, 3_600_000),
    }),
    retryMaxMs: setting('TRUETRACK_RETRY_MAX_MS', 'longest retry delay', {
      default: '300000',
      parse: integer(1, 86_400_000),
    }),
    leaseMs: setting('TRUETRACK_LEASE_MS', 'how long a claimed step stays reserved without a heartbeat', {
      default: '30000',
      parse: integer(500, 3_600_000),
    }),
    heartbeatMs: setting('TRUETRACK_HEARTBEAT_MS', 'lease renewal and cross-process cancel check interval', {
      default: '500',
      parse: integer(50, 60_000),
    }),
  },
  metrics: {
    public: setting(
      'TRUETRACK_METRICS_PUBLIC',
      'serve `GET /metrics` without the API key (a Prometheus on a trusted network)',
      { default: 'false', parse: bool },
    ),
  },
  backup: {
    keep: setting('TRUETRACK_BACKUP_KEEP', 'SQLite backups kept in `<data dir>/backups`', {
      default: '7',
      parse: integer(1, 1000),
    }),
  },
  schedules: {
    backup: setting(
      'TRUETRACK_BACKUP_SCHEDULE',
      'when SQLite backups run (cron); one missed while TrueTrack was down runs a minute after start; `off` = never',
      { default: '0 3 * * *', parse: cronSchedule },
    ),
    tempSweep: setting(
      'TRUETRACK_TEMP_SWEEP_SCHEDULE',
      'when the temp folders of finished or unknown jobs are removed (cron; also once at start)',
      { default: '0 * * * *', parse: cronSchedule },
    ),
    cachePrune: setting(
      'TRUETRACK_CACHE_PRUNE_SCHEDULE',
      'when expired provider answers are deleted from the cache (cron)',
      { default: '30 * * * *', parse: cronSchedule },
    ),
    healthCheck: setting(
      'TRUETRACK_HEALTH_CHECK_SCHEDULE',
      'when health problems (missing tools, yt-dlp bot checks and rate limits) are looked for (cron); each new one is notified once',
      { default: '*/5 * * * *', parse: cronSchedule },
    ),
  },
  integrations: {
    rescanBatchMs: setting(
      'TRUETRACK_RESCAN_BATCH_MS',
      'media-server rescans gather the tracks landing within this window into one call per server',
      { default: '5000', parse: integer(0, 3_600_000) },
    ),
  },
};
