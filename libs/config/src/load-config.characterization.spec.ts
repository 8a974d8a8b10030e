import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig, type RawSettings } from './load-config.js';
import { SETTINGS } from './settings/index.js';
import { eachSetting } from './settings/setting.js';

/**
 * What `loadConfig` builds, pinned as a snapshot: for no settings at all, and for every setting given a value
 * other than its default. Machine-specific parts (the data folder, the working folder, the home folder, the CPU
 * count) are named, not spelled, so the snapshot holds on any machine.
 */
let dataDir: string;

beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'truetrack-config-'));
});

afterEach(() => {
  rmSync(dataDir, { recursive: true, force: true });
});

function portable(value: unknown): unknown {
  if (typeof value === 'string') {
    return value.replaceAll(dataDir, '<data dir>').replaceAll(process.cwd(), '<cwd>').replaceAll(homedir(), '<home>');
  }
  if (Array.isArray(value)) return value.map(portable);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, field]) => [key, portable(field)]));
  }
  return value;
}

const RICH_ENV: RawSettings = {
  TRUETRACK_HOST: '0.0.0.0',
  TRUETRACK_PORT: '9123',
  TRUETRACK_LOG_LEVEL: 'debug',
  TRUETRACK_LOG_FILE_MAX_MB: '3',
  TRUETRACK_LOG_FILES: '9',
  TRUETRACK_METRICS_PUBLIC: 'yes',
  TRUETRACK_BACKUP_KEEP: '12',
  TRUETRACK_BACKUP_SCHEDULE: '0 4 * * 0',
  TRUETRACK_TEMP_SWEEP_SCHEDULE: '@daily',
  TRUETRACK_CACHE_PRUNE_SCHEDULE: 'off',
  TRUETRACK_HEALTH_CHECK_SCHEDULE: '*/30 * * * * *',
  TRUETRACK_TRUST_PROXY: '172.18.0.0/16, loopback',
  TRUETRACK_ALLOW_PRIVATE_SOURCES: 'nas.lan, 192.168.1.0/24',
  TRUETRACK_API_KEY: 'abcdefghijklmnopqrstuvwxyz_0123456789',
  TRUETRACK_LOGIN_ATTEMPTS: '9',
  TRUETRACK_LOGIN_WINDOW_MINUTES: '7',
  TRUETRACK_SESSION_DAYS: '2',
  ALLOWED_ORIGINS: 'http://localhost:4200, https://music.example.com',
  MUSIC_LIBRARY_ROOT: '~/Songs',
  DATABASE_URL: 'postgres://truetrack:pw@db:5432/truetrack',
  REDIS_URL: 'redis://127.0.0.1:6379/0',
  TRUETRACK_ROLE: 'worker',
  TRUETRACK_WORKER_CONCURRENCY: '4',
  TRUETRACK_POLL_MS: '250',
  TRUETRACK_JOB_MAX_ATTEMPTS: '3',
  TRUETRACK_RETRY_BASE_MS: '100',
  TRUETRACK_RETRY_MAX_MS: '9000',
  TRUETRACK_LEASE_MS: '4000',
  TRUETRACK_HEARTBEAT_MS: '200',
  TRUETRACK_CONTACT: 'admin@example.org',
  TRUETRACK_PROVIDER_TIMEOUT_MS: '2500',
  TRUETRACK_PROVIDER_CACHE_HOURS: '0',
  TRUETRACK_MUSICBRAINZ_INTERVAL_MS: '0',
  YTDLP_PATH: '/opt/bin/yt-dlp',
  FFMPEG_PATH: 'ffmpeg7',
  FFPROBE_PATH: 'tools/ffprobe',
  FPCALC_PATH: 'fpcalc-1.5',
  TRUETRACK_DOWNLOAD_TIMEOUT_MS: '60000',
  TRUETRACK_FFMPEG_TIMEOUT_MS: '70000',
  YTDLP_COOKIES_FILE: '~/cookies.txt',
  YTDLP_RATE_LIMIT: '2M',
  YTDLP_PROXY: 'socks5://127.0.0.1:1080',
  YTDLP_RELEASES_URL: 'http://127.0.0.1:8081/yt-dlp',
  YTDLP_RELEASE_API_URL: 'http://127.0.0.1:8081/latest',
  TRUETRACK_YTDLP_WARM: 'false',
  TRUETRACK_OUTPUT_POLICY: 'mp3-v0',
  TRUETRACK_SOURCE_FALLBACKS: '0',
  TRUETRACK_LINK_MAX_ENTRIES: '20',
  TRUETRACK_FINGERPRINT: 'off',
  ACOUSTID_API_KEY: 'acoustid-key',
  TRUETRACK_YOUTUBE_WATCH_URL: 'http://127.0.0.1:9000/watch',
  TRUETRACK_ID3_VERSION: '3',
  TRUETRACK_COVER_MAX_EDGE: '0',
  TRUETRACK_LRC_FILES: 'false',
  TRUETRACK_ALBUM_TEMPLATE: '{Album Artist}/{Album Title}/{track:00} {Track Title}',
  TRUETRACK_SINGLE_TEMPLATE: 'Singles/{Artist} - {Track Title}',
  TRUETRACK_COMPILATION_TEMPLATE: 'VA/{Album Title}/{track:00} {Artist} - {Track Title}',
  TRUETRACK_ARCHIVE_FOLDER: 'unsure',
  TRUETRACK_UPGRADE_POLICY: 'keep-both',
  TRUETRACK_IMPORT_MODE: 'move',
  TRUETRACK_IMPORT_DIRS: '/srv/in, incoming',
  TRUETRACK_RESCAN_BATCH_MS: '0',
  TRUETRACK_LISTENBRAINZ_URL: 'http://127.0.0.1:7001',
  TRUETRACK_LASTFM_URL: 'http://127.0.0.1:7002/2.0',
  TRUETRACK_LASTFM_API_KEY: 'lastfm-key',
  TRUETRACK_LASTFM_SHARED_SECRET: 'lastfm-secret',
  TRUETRACK_LASTFM_AUTH_URL: 'http://127.0.0.1:7003/auth',
  TRUETRACK_CONVERSATION_MODEL_URL: 'http://127.0.0.1:11434/v1',
  TRUETRACK_CONVERSATION_MODEL: 'qwen2.5:1.5b',
  TRUETRACK_CONVERSATION_MODEL_TIMEOUT_MS: '800',
  TRUETRACK_LISTENING_SYNC_SCHEDULE: '0 * * * *',
  TRUETRACK_LISTENING_REQUEST_INTERVAL_MS: '0',
  TRUETRACK_LISTENING_RELAY_RETRY_MS: '10',
  TRUETRACK_LISTEN_MAPPING_SCHEDULE: 'off',
  TRUETRACK_ANALYSIS_WINDOW_SECONDS: '0',
  TRUETRACK_ANALYSIS_WORKERS: '1',
  TRUETRACK_ANALYSIS_RECYCLE_AFTER: '3',
  TRUETRACK_ANALYSIS_RHYTHM_METHOD: 'multifeature',
  TRUETRACK_ANALYSIS_AUTO: 'false',
  TRUETRACK_ANALYSIS_SCHEDULE: 'off',
  TRUETRACK_ANALYSIS_WRITE_TAGS: 'true',
  TRUETRACK_LASTFM_TAGS_SCHEDULE: '@weekly',
  TRUETRACK_LASTFM_TAG_MIN_COUNT: '0',
  TRUETRACK_DASHBOARD_REFRESH_SCHEDULE: 'off',
  TRUETRACK_DASHBOARD_WEEKLY_SCHEDULE: '0 5 * * 0',
  TRUETRACK_DASHBOARD_CHANGE_THRESHOLD: '8',
  TRUETRACK_TORRENT_PROFILE: 'lossless',
  TRUETRACK_TORRENT_POLL_MS: '100',
  TRUETRACK_TORRENT_KEEP_DATA_ON_CANCEL: 'on',
  TRUETRACK_TORRENT_SEEDING_SCHEDULE: 'off',
  TRUETRACK_WATCH: 'false',
  TRUETRACK_WATCH_SETTLE_MS: '100',
  TRUETRACK_WATCH_POLLING: 'always',
  TRUETRACK_WATCH_POLL_INTERVAL_MS: '300',
  TRUETRACK_WATCH_CHECK_CONCURRENCY: '1',
  TRUETRACK_WATCH_RESCAN_SCHEDULE: 'off',
  TRUETRACK_WATCH_MISSING_GRACE_HOURS: '2',
  TRUETRACK_WATCH_RENAME: 'auto',
  TRUETRACK_MUSICBRAINZ_URL: 'http://127.0.0.1:5000/ws/2',
  TRUETRACK_MUSICBRAINZ_ENABLED: 'false',
  TRUETRACK_ITUNES_URL: 'http://127.0.0.1:5001',
  TRUETRACK_ITUNES_ENABLED: 'false',
  TRUETRACK_DEEZER_URL: 'http://127.0.0.1:5002',
  TRUETRACK_DEEZER_ENABLED: 'false',
  TRUETRACK_COVERARTARCHIVE_URL: 'http://127.0.0.1:5003',
  TRUETRACK_COVERARTARCHIVE_ENABLED: 'false',
  TRUETRACK_YOUTUBE_MUSIC_URL: 'http://127.0.0.1:5004/youtubei/v1',
  TRUETRACK_YOUTUBE_MUSIC_ENABLED: 'false',
  TRUETRACK_LRCLIB_URL: 'http://127.0.0.1:5005/api',
  TRUETRACK_LRCLIB_ENABLED: 'true',
  TRUETRACK_ACOUSTID_URL: 'http://127.0.0.1:5006/v2',
  TRUETRACK_ACOUSTID_ENABLED: 'false',
};

describe('loadConfig characterization', () => {
  it('builds the same configuration from no settings', () => {
    const config = loadConfig({ TRUETRACK_DATA_DIR: dataDir });
    expect(config.watch.checkConcurrency).toBe(availableParallelism());
    expect(portable({ ...config, watch: { ...config.watch, checkConcurrency: '<cores>' } })).toMatchSnapshot();
  });

  it('gives every setting but the data folder a value other than its default in the rich environment', () => {
    const settings = [...eachSetting(SETTINGS)].map(([, setting]) => setting).filter((setting) => !setting.envOnly);
    expect(settings.filter((setting) => RICH_ENV[setting.name] === undefined).map((s) => s.name)).toEqual([]);
    expect(settings.filter((setting) => RICH_ENV[setting.name] === setting.defaultValue).map((s) => s.name)).toEqual(
      [],
    );
    expect(Object.keys(RICH_ENV)).toHaveLength(settings.length);
  });

  it('builds the same configuration when every setting is given', () => {
    expect(portable(loadConfig({ TRUETRACK_DATA_DIR: dataDir, ...RICH_ENV }))).toMatchSnapshot();
  });
});
