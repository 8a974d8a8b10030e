import { availableParallelism } from 'node:os';
import { bool, cronSchedule, integer, oneOf } from '../env-schema.js';
import { hours, setting } from './setting.js';

/** 0 = one per CPU core; more than the cores only queues up behind them. */
function boundedByCores(wanted: number): number {
  const cores = availableParallelism();
  return wanted === 0 ? cores : Math.min(wanted, cores);
}

/** Watch folders: import folders and the library root, watched for files added, moved or removed. */
export const WATCH_SETTINGS = {
  watch: {
    enabled: setting(
      'TRUETRACK_WATCH',
      'watch the import folders (new files become import jobs) and the library (changes by hand update the index)',
      { default: 'true', parse: bool },
    ),
    settleMs: setting(
      'TRUETRACK_WATCH_SETTLE_MS',
      'how long a new or changed file must stop growing before it is checked',
      { default: '5000', parse: integer(100, 3_600_000) },
    ),
    polling: setting(
      'TRUETRACK_WATCH_POLLING',
      '`auto`: file-system events, polling only when inotify watches run out; `always`: poll (network shares)',
      { default: 'auto', parse: oneOf('auto', 'always') },
    ),
    pollIntervalMs: setting('TRUETRACK_WATCH_POLL_INTERVAL_MS', 'how often a polling watcher looks at the files', {
      default: '2000',
      parse: integer(100, 600_000),
    }),
    checkConcurrency: setting(
      'TRUETRACK_WATCH_CHECK_CONCURRENCY',
      'files checked and handed on at the same time; `0` = one per CPU core, never more than the cores',
      { default: '0', parse: integer(0, 256), to: boundedByCores },
    ),
    rescanSchedule: setting(
      'TRUETRACK_WATCH_RESCAN_SCHEDULE',
      'the reconciliation rescan of import folders and library (cron; `off` = only at start)',
      { default: '30 2 * * *', parse: cronSchedule },
    ),
    missingGraceMs: setting(
      'TRUETRACK_WATCH_MISSING_GRACE_HOURS',
      'how long a track whose file is gone stays in the index, marked missing, before the rescan removes it',
      { default: '168', parse: integer(0, 24 * 3650), to: hours },
    ),
    rename: setting(
      'TRUETRACK_WATCH_RENAME',
      'files added to the library by hand: `propose` (listed by `GET /api/v1/library/rename`) or `auto` (renamed)',
      { default: 'propose', parse: oneOf('propose', 'auto') },
    ),
  },
};
