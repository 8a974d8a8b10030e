import { bool, cronSchedule, integer, oneOf } from '../env-schema.js';
import { setting } from './setting.js';

/** Torrent sources: how album jobs use the torrent indexers and client. */
export const TORRENT_SETTINGS = {
  torrents: {
    profile: setting(
      'TRUETRACK_TORRENT_PROFILE',
      'quality profile of album jobs on the indexers: `any` (falls back to YouTube) or `lossless` (FLAC/ALAC/APE/WavPack)',
      { default: 'any', parse: oneOf('any', 'lossless') },
    ),
    pollMs: setting('TRUETRACK_TORRENT_POLL_MS', "how often a downloading album's torrent is asked for its progress", {
      default: '5000',
      parse: integer(100, 600_000),
    }),
    keepDataOnCancel: setting(
      'TRUETRACK_TORRENT_KEEP_DATA_ON_CANCEL',
      "keep a cancelled album's files in the client's folder (the torrent is removed from the client either way)",
      { default: 'false', parse: bool },
    ),
    seedingSchedule: setting(
      'TRUETRACK_TORRENT_SEEDING_SCHEDULE',
      "when finished torrents are checked against the client's seeding limits and removed once they reach them (cron)",
      { default: '*/15 * * * *', parse: cronSchedule },
    ),
  },
};
