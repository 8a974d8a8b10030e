import { bool, cronSchedule, integer, oneOf } from '../env-schema.js';
import { setting } from './setting.js';

/** Audio analysis: how much of a track is analysed, on how many threads, and when. */
export const ANALYSIS_SETTINGS = {
  analysis: {
    windowSeconds: setting(
      'TRUETRACK_ANALYSIS_WINDOW_SECONDS',
      'seconds from the middle of each track that are analysed; `0` = the whole track',
      { default: '30', parse: integer(0, 3600) },
    ),
    workers: setting(
      'TRUETRACK_ANALYSIS_WORKERS',
      'worker threads running essentia.js; `0` = one per CPU core, never more than the cores',
      { default: '0', parse: integer(0, 64) },
    ),
    recycleAfter: setting(
      'TRUETRACK_ANALYSIS_RECYCLE_AFTER',
      'files one worker thread analyses before a fresh one replaces it (the WASM heap never shrinks)',
      { default: '25', parse: integer(1, 10_000) },
    ),
    rhythmMethod: setting(
      'TRUETRACK_ANALYSIS_RHYTHM_METHOD',
      'beat tracker, both with a beat confidence: `degara` is about 6× faster, `multifeature` essentia’s own',
      { default: 'degara', parse: oneOf('multifeature', 'degara') },
    ),
    auto: setting(
      'TRUETRACK_ANALYSIS_AUTO',
      'analyse every track a job stores, and on the schedule every track without a current analysis',
      { default: 'true', parse: bool },
    ),
    schedule: setting(
      'TRUETRACK_ANALYSIS_SCHEDULE',
      'when tracks without a current analysis (found by scans, or analysed by an older analyser) are queued (cron)',
      { default: '15 4 * * *', parse: cronSchedule },
    ),
    writeTags: setting(
      'TRUETRACK_ANALYSIS_WRITE_TAGS',
      'write the measured BPM and key into each analysed file (TBPM/TKEY, BPM/INITIALKEY, tmpo/initialkey)',
      { default: 'false', parse: bool },
    ),
    lastfmTagsSchedule: setting(
      'TRUETRACK_LASTFM_TAGS_SCHEDULE',
      'when Last.fm tags are fetched for library tracks without them (cron; only with `TRUETRACK_LASTFM_API_KEY`)',
      { default: '45 4 * * *', parse: cronSchedule },
    ),
    lastfmTagMinCount: setting(
      'TRUETRACK_LASTFM_TAG_MIN_COUNT',
      'least Last.fm tag count (0–100, relative to the top tag) a genre or mood needs to be kept',
      { default: '20', parse: integer(0, 100) },
    ),
  },
};
