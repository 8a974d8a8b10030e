import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { validateTemplate } from '@app/core';
import {
  type AppConfig,
  type LogLevel,
  type ProcessRole,
  PROVIDER_IDS,
  type ProviderId,
  UPGRADE_POLICIES,
  type UpgradePolicy,
} from './app-config.js';
import {
  apiKey,
  bool,
  cronSchedule,
  databaseUrl,
  host,
  hostsOrSubnets,
  integer,
  oneOf,
  headerText,
  origins,
  path,
  executable,
  folderName,
  pathList,
  rate,
  text,
  trustProxy,
  type EnvKey,
  type Parser,
  url,
} from './env-schema.js';

/** A naming template: the same checks as the naming settings API. */
const template: Parser<string> = (raw) => {
  const problems = validateTemplate(raw.trim());
  return problems.length ? { error: problems.join('; ') } : { value: raw.trim() };
};

const key = <T>(name: string, defaultValue: string | undefined, parse: Parser<T>, description: string): EnvKey<T> => ({
  name,
  defaultValue,
  parse,
  description,
});

/** Every setting read from the environment (or `truetrack.yml`), with its default; the README table mirrors it. */
export const ENV_KEYS = {
  host: key('TRUETRACK_HOST', '127.0.0.1', host, 'Address the HTTP server binds to'),
  port: key('TRUETRACK_PORT', '8000', integer(1, 65535), 'HTTP port'),
  logLevel: key(
    'TRUETRACK_LOG_LEVEL',
    'info',
    oneOf<LogLevel>('error', 'warn', 'info', 'debug', 'verbose'),
    'Log level',
  ),
  logFileMaxMb: key('TRUETRACK_LOG_FILE_MAX_MB', '10', integer(1, 1024), 'Size at which the log file is rotated (MB)'),
  logFiles: key(
    'TRUETRACK_LOG_FILES',
    '5',
    integer(1, 100),
    'Log files kept in <data dir>/logs, the current one included',
  ),
  metricsPublic: key('TRUETRACK_METRICS_PUBLIC', 'false', bool, 'Serve GET /metrics without the API key'),
  backupKeep: key('TRUETRACK_BACKUP_KEEP', '7', integer(1, 1000), 'SQLite backups kept in <data dir>/backups'),
  backupSchedule: key(
    'TRUETRACK_BACKUP_SCHEDULE',
    '0 3 * * *',
    cronSchedule,
    'When SQLite backups run (cron; off = never); one missed while TrueTrack was down runs at start',
  ),
  tempSweepSchedule: key(
    'TRUETRACK_TEMP_SWEEP_SCHEDULE',
    '0 * * * *',
    cronSchedule,
    'When temp folders of finished or unknown jobs are removed (cron; also at start)',
  ),
  cachePruneSchedule: key(
    'TRUETRACK_CACHE_PRUNE_SCHEDULE',
    '30 * * * *',
    cronSchedule,
    'When expired provider answers are deleted from the cache (cron)',
  ),
  trustProxy: key(
    'TRUETRACK_TRUST_PROXY',
    'false',
    trustProxy,
    'Behind a reverse proxy: how many proxies stand in front (1) or their addresses/subnets; never true',
  ),
  allowPrivateSources: key(
    'TRUETRACK_ALLOW_PRIVATE_SOURCES',
    'false',
    hostsOrSubnets,
    'Hosts/subnets on private, loopback or link-local addresses URL jobs may fetch (true = all)',
  ),
  apiKey: key('TRUETRACK_API_KEY', undefined, apiKey, 'API key (unset = generated at first start, shown in Settings)'),
  loginAttempts: key(
    'TRUETRACK_LOGIN_ATTEMPTS',
    '5',
    integer(1, 1000),
    'Failed sign-ins allowed per address per window',
  ),
  loginWindowMinutes: key(
    'TRUETRACK_LOGIN_WINDOW_MINUTES',
    '15',
    integer(1, 1440),
    'Window for TRUETRACK_LOGIN_ATTEMPTS',
  ),
  sessionDays: key('TRUETRACK_SESSION_DAYS', '30', integer(1, 3650), 'How long an unused admin UI session stays valid'),
  allowedOrigins: key('ALLOWED_ORIGINS', '', (raw) => (raw.trim() ? origins(raw) : { value: [] }), 'CORS origins'),
  libraryRoot: key('MUSIC_LIBRARY_ROOT', '~/Music/library', path, 'Library folder'),
  dataDir: key('TRUETRACK_DATA_DIR', './data', path, 'Database, settings, temp files'),
  databaseUrl: key('DATABASE_URL', undefined, databaseUrl, 'sqlite:<file> or postgres://…'),
  redisUrl: key('REDIS_URL', undefined, url('redis', 'rediss'), 'Redis for Bull queues; unset = in-process'),
  role: key('TRUETRACK_ROLE', 'all', oneOf<ProcessRole>('all', 'api', 'worker'), 'What this process runs'),
  concurrency: key('TRUETRACK_WORKER_CONCURRENCY', '2', integer(1, 64), 'Steps run at once per worker'),
  pollMs: key('TRUETRACK_POLL_MS', '1000', integer(10, 60_000), 'How often a worker looks for due steps'),
  maxAttempts: key('TRUETRACK_JOB_MAX_ATTEMPTS', '5', integer(1, 100), 'Tries per step before a job fails'),
  retryBaseMs: key('TRUETRACK_RETRY_BASE_MS', '2000', integer(1, 3_600_000), 'First retry delay'),
  retryMaxMs: key('TRUETRACK_RETRY_MAX_MS', '300000', integer(1, 86_400_000), 'Longest retry delay'),
  leaseMs: key('TRUETRACK_LEASE_MS', '30000', integer(500, 3_600_000), 'How long a claimed step is reserved'),
  heartbeatMs: key('TRUETRACK_HEARTBEAT_MS', '500', integer(50, 60_000), 'Lease renewal and cancel check interval'),
  contact: key('TRUETRACK_CONTACT', '', headerText, 'Contact URL or e-mail sent to providers in the User-Agent'),
  providerTimeoutMs: key(
    'TRUETRACK_PROVIDER_TIMEOUT_MS',
    '10000',
    integer(100, 120_000),
    'Timeout of one provider request',
  ),
  providerCacheHours: key(
    'TRUETRACK_PROVIDER_CACHE_HOURS',
    '24',
    integer(0, 24 * 365),
    'How long provider answers are reused (0 = off)',
  ),
  musicbrainzIntervalMs: key(
    'TRUETRACK_MUSICBRAINZ_INTERVAL_MS',
    '1000',
    integer(0, 60_000),
    'Minimum gap between MusicBrainz requests',
  ),
  ytdlp: key('YTDLP_PATH', 'yt-dlp', executable, 'yt-dlp executable: a name on PATH or a file path'),
  ffmpeg: key('FFMPEG_PATH', 'ffmpeg', executable, 'ffmpeg executable'),
  ffprobe: key('FFPROBE_PATH', 'ffprobe', executable, 'ffprobe executable'),
  fpcalc: key('FPCALC_PATH', 'fpcalc', executable, 'chromaprint fpcalc executable'),
  downloadTimeoutMs: key(
    'TRUETRACK_DOWNLOAD_TIMEOUT_MS',
    '900000',
    integer(1000, 86_400_000),
    'Longest one download may take',
  ),
  ytdlpWarm: key('TRUETRACK_YTDLP_WARM', 'true', bool, 'Keep one yt-dlp started ahead, waiting for the next download'),
  ffmpegTimeoutMs: key(
    'TRUETRACK_FFMPEG_TIMEOUT_MS',
    '900000',
    integer(1000, 86_400_000),
    'Longest one ffmpeg run may take',
  ),
  cookiesFile: key('YTDLP_COOKIES_FILE', undefined, path, 'Cookies file handed to yt-dlp'),
  rateLimit: key('YTDLP_RATE_LIMIT', undefined, rate, 'Download speed limit, e.g. 2M'),
  proxy: key('YTDLP_PROXY', undefined, url('http', 'https', 'socks5', 'socks5h'), 'Proxy for yt-dlp'),
  ytdlpReleasesUrl: key(
    'YTDLP_RELEASES_URL',
    'https://github.com/yt-dlp/yt-dlp/releases/latest/download/yt-dlp',
    url('http', 'https'),
    'Where the yt-dlp updater downloads the latest release binary',
  ),
  ytdlpReleaseApiUrl: key(
    'YTDLP_RELEASE_API_URL',
    'https://api.github.com/repos/yt-dlp/yt-dlp/releases/latest',
    url('http', 'https'),
    'GitHub API URL of the latest yt-dlp release (its tag_name is the latest version)',
  ),
  outputPolicy: key(
    'TRUETRACK_OUTPUT_POLICY',
    'original',
    oneOf('original', 'mp3-v0', 'mp3-320', 'flac'),
    'Output format policy',
  ),
  sourceFallbacks: key(
    'TRUETRACK_SOURCE_FALLBACKS',
    '3',
    integer(0, 20),
    'Further sources tried when one fails verification',
  ),
  linkMaxEntries: key(
    'TRUETRACK_LINK_MAX_ENTRIES',
    '200',
    integer(1, 100_000),
    'Most entries a playlist link may hold before the request must set options.allowLarge',
  ),
  fingerprint: key('TRUETRACK_FINGERPRINT', 'true', bool, 'Fingerprint kept files with fpcalc (dedup, AcoustID)'),
  acoustidApiKey: key('ACOUSTID_API_KEY', undefined, text, 'AcoustID application key; enables AcoustID checks'),
  youtubeWatchUrl: key(
    'TRUETRACK_YOUTUBE_WATCH_URL',
    undefined,
    url('http', 'https'),
    'Watch page YouTube sources are downloaded from, as <url>?v=<id> (a mirror or a local server)',
  ),
  id3Version: key('TRUETRACK_ID3_VERSION', '4', oneOf('3', '4'), 'ID3v2 version written to MP3 files'),
  coverMaxEdge: key(
    'TRUETRACK_COVER_MAX_EDGE',
    '1200',
    integer(0, 4000),
    'Longest edge of the embedded cover in pixels (0 = no cover)',
  ),
  lrcFiles: key('TRUETRACK_LRC_FILES', 'true', bool, 'Write synced lyrics as an .lrc file beside the audio'),
  albumTemplate: key(
    'TRUETRACK_ALBUM_TEMPLATE',
    '{Album Artist}/{Album Title} ({Release Year})/{Medium Prefix}{track:00} - {Track Title}',
    template,
    'Naming template for album tracks',
  ),
  singleTemplate: key(
    'TRUETRACK_SINGLE_TEMPLATE',
    '{Artist}/Singles/{Artist} - {Track Title}',
    template,
    'Naming template for tracks without an album',
  ),
  compilationTemplate: key(
    'TRUETRACK_COMPILATION_TEMPLATE',
    'Compilations/{Album Title} ({Release Year})/{Medium Prefix}{track:00} - {Artist} - {Track Title}',
    template,
    'Naming template for compilation tracks',
  ),
  archiveFolder: key(
    'TRUETRACK_ARCHIVE_FOLDER',
    '_unsorted',
    folderName,
    'Folder under the library root for tracks with unsure metadata',
  ),
  upgradePolicy: key(
    'TRUETRACK_UPGRADE_POLICY',
    'keep-existing',
    oneOf<UpgradePolicy>(...UPGRADE_POLICIES),
    'A better copy of a track already in the library: keep-existing, replace or keep-both',
  ),
  importMode: key('TRUETRACK_IMPORT_MODE', 'copy', oneOf('copy', 'move'), 'Import jobs copy or move files'),
  importDirs: key(
    'TRUETRACK_IMPORT_DIRS',
    '',
    (raw) => (raw.trim() ? pathList(raw) : { value: [] }),
    'Folders files may be imported from, besides <data dir>/import and the library',
  ),
  rescanBatchMs: key(
    'TRUETRACK_RESCAN_BATCH_MS',
    '5000',
    integer(0, 3_600_000),
    'Media-server rescans gather the tracks landing within this window into one call per server',
  ),
  listenBrainzUrl: key(
    'TRUETRACK_LISTENBRAINZ_URL',
    'https://api.listenbrainz.org',
    url('http', 'https'),
    'ListenBrainz API base URL: history imports and relays (a mirror or a local server)',
  ),
  lastfmUrl: key(
    'TRUETRACK_LASTFM_URL',
    'https://ws.audioscrobbler.com/2.0',
    url('http', 'https'),
    'Last.fm API base URL: history imports (a mirror or a local server)',
  ),
  lastfmApiKey: key(
    'TRUETRACK_LASTFM_API_KEY',
    undefined,
    text,
    'Last.fm API key; enables Last.fm history imports and track tags',
  ),
  lastfmSharedSecret: key(
    'TRUETRACK_LASTFM_SHARED_SECRET',
    undefined,
    text,
    "Last.fm API account's shared secret; with the API key, listeners can connect Last.fm and have listens relayed",
  ),
  lastfmAuthUrl: key(
    'TRUETRACK_LASTFM_AUTH_URL',
    'https://www.last.fm/api/auth/',
    url('http', 'https'),
    'The Last.fm page where a person authorises TrueTrack to scrobble for them',
  ),
  conversationModelUrl: key(
    'TRUETRACK_CONVERSATION_MODEL_URL',
    undefined,
    url('http', 'https'),
    'Base URL of a local OpenAI-compatible model (Ollama: http://127.0.0.1:11434/v1) that reads plain-words requests; unset = rules only',
  ),
  conversationModel: key(
    'TRUETRACK_CONVERSATION_MODEL',
    'llama3.2:3b',
    text,
    'Model name sent to the local model endpoint',
  ),
  conversationModelTimeoutMs: key(
    'TRUETRACK_CONVERSATION_MODEL_TIMEOUT_MS',
    '1500',
    integer(100, 60_000),
    'Longest wait for the local model; past it the rules answer alone',
  ),
  listeningSyncSchedule: key(
    'TRUETRACK_LISTENING_SYNC_SCHEDULE',
    '*/30 * * * *',
    cronSchedule,
    'When listening histories are synced from ListenBrainz and Last.fm (cron; off = only on request)',
  ),
  listeningRequestIntervalMs: key(
    'TRUETRACK_LISTENING_REQUEST_INTERVAL_MS',
    '1000',
    integer(0, 60_000),
    'Least time between two requests to ListenBrainz or Last.fm while syncing (their rate limits)',
  ),
  listeningRelayRetryMs: key(
    'TRUETRACK_LISTENING_RELAY_RETRY_MS',
    '30000',
    integer(10, 3_600_000),
    'How often listens queued for ListenBrainz and Last.fm are sent, and the first wait after a failure (doubling, up to 6 h)',
  ),
  listenMappingSchedule: key(
    'TRUETRACK_LISTEN_MAPPING_SCHEDULE',
    '*/10 * * * *',
    cronSchedule,
    'When listens left unmapped (providers down, tracks added to the library since) are mapped again (cron; off = only after intake and imports)',
  ),
  healthCheckSchedule: key(
    'TRUETRACK_HEALTH_CHECK_SCHEDULE',
    '*/5 * * * *',
    cronSchedule,
    'When health problems (missing tools, yt-dlp bot checks and rate limits) are looked for and notified (cron)',
  ),
  analysisWindowSeconds: key(
    'TRUETRACK_ANALYSIS_WINDOW_SECONDS',
    '30',
    integer(0, 3600),
    'Seconds from the middle of each track that audio analysis looks at; 0 = the whole track',
  ),
  analysisWorkers: key(
    'TRUETRACK_ANALYSIS_WORKERS',
    '0',
    integer(0, 64),
    'Worker threads running audio analysis; 0 = one per CPU core (never more than the cores)',
  ),
  analysisRecycleAfter: key(
    'TRUETRACK_ANALYSIS_RECYCLE_AFTER',
    '25',
    integer(1, 10_000),
    'Files one analysis worker thread analyses before a fresh one (and WASM heap) replaces it',
  ),
  analysisRhythmMethod: key(
    'TRUETRACK_ANALYSIS_RHYTHM_METHOD',
    'multifeature',
    oneOf('multifeature', 'degara'),
    'Beat tracker: multifeature gives a tempo confidence; degara is about 6x faster and has none',
  ),
  analysisSchedule: key(
    'TRUETRACK_ANALYSIS_SCHEDULE',
    '15 4 * * *',
    cronSchedule,
    'When library tracks without a current analysis (scanned, or of an older analyser) are queued (cron)',
  ),
  dashboardRefreshSchedule: key(
    'TRUETRACK_DASHBOARD_REFRESH_SCHEDULE',
    '0 * * * *',
    cronSchedule,
    "When every listener's dashboard is refreshed besides a second after their listens change: the running week, changed weeks, change points, outliers (cron)",
  ),
  dashboardWeeklySchedule: key(
    'TRUETRACK_DASHBOARD_WEEKLY_SCHEDULE',
    '30 3 * * 1',
    cronSchedule,
    "When finished weeks are closed and each listener's taste map and clusters are fitted again (cron)",
  ),
  dashboardChangeThreshold: key(
    'TRUETRACK_DASHBOARD_CHANGE_THRESHOLD',
    '5',
    integer(1, 100),
    'CUSUM alarm level of the dashboard change points, in standard deviations of week-to-week noise (higher: fewer)',
  ),
  torrentProfile: key(
    'TRUETRACK_TORRENT_PROFILE',
    'any',
    oneOf('any', 'lossless'),
    'Quality profile of album jobs searched on the torrent indexers (Lossless: FLAC/ALAC/APE/WavPack only, no YouTube fallback)',
  ),
  torrentPollMs: key(
    'TRUETRACK_TORRENT_POLL_MS',
    '5000',
    integer(100, 600_000),
    "How often a downloading album's torrent is asked for its progress",
  ),
  torrentKeepDataOnCancel: key(
    'TRUETRACK_TORRENT_KEEP_DATA_ON_CANCEL',
    'false',
    bool,
    "Keep a cancelled album's downloaded files in the torrent client's folder (the torrent is removed either way)",
  ),
  torrentSeedingSchedule: key(
    'TRUETRACK_TORRENT_SEEDING_SCHEDULE',
    '*/15 * * * *',
    cronSchedule,
    "When finished torrents are checked against the client's seeding limits and removed once they reach them (cron)",
  ),
  analysisAuto: key(
    'TRUETRACK_ANALYSIS_AUTO',
    'true',
    bool,
    'Analyse every track that enters the library (analysis jobs)',
  ),
  analysisWriteTags: key(
    'TRUETRACK_ANALYSIS_WRITE_TAGS',
    'false',
    bool,
    'Write the measured BPM and key into each analysed file (TBPM/TKEY, BPM/INITIALKEY, tmpo/initialkey)',
  ),
  lastfmTagsSchedule: key(
    'TRUETRACK_LASTFM_TAGS_SCHEDULE',
    '45 4 * * *',
    cronSchedule,
    'When Last.fm genre and mood tags are fetched for library tracks without them (cron; needs the API key)',
  ),
  lastfmTagMinCount: key(
    'TRUETRACK_LASTFM_TAG_MIN_COUNT',
    '20',
    integer(0, 100),
    'Least count (0-100, relative to the top tag) a Last.fm tag needs to be kept for a track',
  ),
  watch: key(
    'TRUETRACK_WATCH',
    'true',
    bool,
    'Watch the import folders (new files become import jobs) and the library (changes by hand update the index)',
  ),
  watchSettleMs: key(
    'TRUETRACK_WATCH_SETTLE_MS',
    '5000',
    integer(100, 3_600_000),
    'How long a new file must stop growing before it is checked and imported',
  ),
  watchPolling: key(
    'TRUETRACK_WATCH_POLLING',
    'auto',
    oneOf('auto', 'always'),
    'auto = file-system events, polling only when inotify watches run out; always = poll (network shares)',
  ),
  watchPollIntervalMs: key(
    'TRUETRACK_WATCH_POLL_INTERVAL_MS',
    '2000',
    integer(100, 600_000),
    'How often a polling watcher looks at the files',
  ),
  watchCheckConcurrency: key(
    'TRUETRACK_WATCH_CHECK_CONCURRENCY',
    '0',
    integer(0, 256),
    'Files checked and handed on at the same time; 0 = one per CPU core, and never more than the cores',
  ),
  watchRescanSchedule: key(
    'TRUETRACK_WATCH_RESCAN_SCHEDULE',
    '30 2 * * *',
    cronSchedule,
    'When the import folders and the library are rescanned for what the watchers missed (cron; also at start)',
  ),
  watchMissingGraceHours: key(
    'TRUETRACK_WATCH_MISSING_GRACE_HOURS',
    '168',
    integer(0, 24 * 3650),
    'How long a track whose file is gone stays in the index, marked missing, before it is removed',
  ),
  watchRename: key(
    'TRUETRACK_WATCH_RENAME',
    'propose',
    oneOf('propose', 'auto'),
    'Files added to the library by hand: only proposed for renaming (propose) or renamed at once (auto)',
  ),
} as const;

const PROVIDER_DEFAULTS: Record<ProviderId, { url: string; enabled: boolean; name: string }> = {
  musicbrainz: { url: 'https://musicbrainz.org/ws/2', enabled: true, name: 'MusicBrainz' },
  itunes: { url: 'https://itunes.apple.com', enabled: true, name: 'iTunes Search' },
  deezer: { url: 'https://api.deezer.com', enabled: true, name: 'Deezer' },
  coverartarchive: { url: 'https://coverartarchive.org', enabled: true, name: 'Cover Art Archive' },
  youtube_music: { url: 'https://music.youtube.com/youtubei/v1', enabled: true, name: 'YouTube Music' },
  lrclib: { url: 'https://lrclib.net/api', enabled: false, name: 'LRCLIB lyrics' },
  acoustid: { url: 'https://api.acoustid.org/v2', enabled: true, name: 'AcoustID' },
};

/** `TRUETRACK_<PROVIDER>_URL` and `TRUETRACK_<PROVIDER>_ENABLED` for every provider. */
export const PROVIDER_KEYS = Object.fromEntries(
  PROVIDER_IDS.map((id) => {
    const upper = id.toUpperCase();
    const { url: defaultUrl, enabled, name } = PROVIDER_DEFAULTS[id];
    return [
      id,
      {
        url: key(
          `TRUETRACK_${upper}_URL`,
          defaultUrl,
          url('http', 'https'),
          `${name} base URL (a mirror or a local server)`,
        ),
        enabled: key(`TRUETRACK_${upper}_ENABLED`, String(enabled), bool, `Ask ${name}`),
      },
    ];
  }),
) as Record<ProviderId, { url: EnvKey<string>; enabled: EnvKey<boolean> }>;

export type RawSettings = Record<string, string | undefined>;

/** Raised at boot when settings are invalid; lists one line per bad key. */
export class ConfigValidationError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigValidationError';
  }
}

/** Reads `truetrack.yml` from the data folder: a flat map of the same keys as the environment. */
export function readConfigFile(dataDir: string): RawSettings {
  const file = join(dataDir, 'truetrack.yml');
  if (!existsSync(file)) return {};
  let parsed: unknown;
  try {
    parsed = parseYaml(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new ConfigValidationError([`${file}: is not valid YAML (${(error as Error).message.split('\n')[0]})`]);
  }
  if (parsed === null || parsed === undefined) return {};
  if (typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new ConfigValidationError([`${file}: must be a map of KEY: value`]);
  }
  const known = new Set<string>([
    ...Object.values(ENV_KEYS).map((k) => k.name),
    ...Object.values(PROVIDER_KEYS).flatMap((k) => [k.url.name, k.enabled.name]),
  ]);
  const problems: string[] = [];
  const settings: RawSettings = {};
  for (const [name, value] of Object.entries(parsed)) {
    if (!known.has(name)) problems.push(`${name} (in truetrack.yml): is not a known setting`);
    else if (name === ENV_KEYS.dataDir.name)
      problems.push(`${name} (in truetrack.yml): can only be set in the environment`);
    else if (value !== null && typeof value === 'object')
      problems.push(`${name} (in truetrack.yml): must be a single value`);
    else settings[name] = value === null ? undefined : String(value);
  }
  if (problems.length) throw new ConfigValidationError(problems);
  return settings;
}

/** Builds the typed configuration; the environment wins over `truetrack.yml`. */
export function loadConfig(env: RawSettings = process.env): AppConfig {
  const problems: string[] = [];
  const read = <T>(k: EnvKey<T>, source: RawSettings): T => {
    const raw = source[k.name] ?? k.defaultValue;
    if (raw === undefined) return undefined as T;
    const parsed = k.parse(raw);
    if ('error' in parsed) {
      const shown = redactCredentials(raw.length > 80 ? raw.slice(0, 80) + '…' : raw);
      problems.push(`${k.name}: ${parsed.error} (got ${JSON.stringify(shown)})`);
      return undefined as T;
    }
    return parsed.value;
  };

  const dataDir = read(ENV_KEYS.dataDir, definedOnly(env)) ?? resolve('data');
  const fromFile = problems.length ? {} : readConfigFile(dataDir);
  const source: RawSettings = { ...fromFile, ...definedOnly(env) };
  const v = <T>(k: EnvKey<T>) => read(k, source);

  const dbUrl = v(ENV_KEYS.databaseUrl) ?? `sqlite:${join(dataDir, 'truetrack.db')}`;
  const config: AppConfig = {
    server: {
      host: v(ENV_KEYS.host),
      port: v(ENV_KEYS.port),
      allowedOrigins: v(ENV_KEYS.allowedOrigins),
      trustProxy: v(ENV_KEYS.trustProxy),
    },
    auth: {
      apiKey: v(ENV_KEYS.apiKey),
      loginAttempts: v(ENV_KEYS.loginAttempts),
      loginWindowMs: v(ENV_KEYS.loginWindowMinutes) * 60_000,
      sessionDays: v(ENV_KEYS.sessionDays),
    },
    log: {
      level: v(ENV_KEYS.logLevel),
      fileMaxBytes: v(ENV_KEYS.logFileMaxMb) * 1024 * 1024,
      files: v(ENV_KEYS.logFiles),
    },
    metrics: { public: v(ENV_KEYS.metricsPublic) },
    backup: { keep: v(ENV_KEYS.backupKeep) },
    schedules: {
      backup: v(ENV_KEYS.backupSchedule),
      tempSweep: v(ENV_KEYS.tempSweepSchedule),
      cachePrune: v(ENV_KEYS.cachePruneSchedule),
      healthCheck: v(ENV_KEYS.healthCheckSchedule),
    },
    paths: {
      dataDir,
      libraryRoot: v(ENV_KEYS.libraryRoot),
      tmpDir: join(dataDir, 'tmp'),
      adminDir: resolve('dist/admin/browser'),
    },
    db: { url: dbUrl, type: dbUrl.startsWith('sqlite:') ? 'sqlite' : 'postgres' },
    queue: {
      redisUrl: v(ENV_KEYS.redisUrl),
      role: v(ENV_KEYS.role),
      concurrency: v(ENV_KEYS.concurrency),
      pollMs: v(ENV_KEYS.pollMs),
    },
    providers: {
      contact: v(ENV_KEYS.contact),
      timeoutMs: v(ENV_KEYS.providerTimeoutMs),
      cacheTtlMs: v(ENV_KEYS.providerCacheHours) * 3_600_000,
      musicbrainzIntervalMs: v(ENV_KEYS.musicbrainzIntervalMs),
      acoustidApiKey: v(ENV_KEYS.acoustidApiKey),
      youtubeWatchUrl: v(ENV_KEYS.youtubeWatchUrl),
      ...(Object.fromEntries(
        PROVIDER_IDS.map((id) => [id, { baseUrl: v(PROVIDER_KEYS[id].url), enabled: v(PROVIDER_KEYS[id].enabled) }]),
      ) as Record<ProviderId, { baseUrl: string; enabled: boolean }>),
    },
    tools: {
      ytdlp: v(ENV_KEYS.ytdlp),
      ffmpeg: v(ENV_KEYS.ffmpeg),
      ffprobe: v(ENV_KEYS.ffprobe),
      fpcalc: v(ENV_KEYS.fpcalc),
      downloadTimeoutMs: v(ENV_KEYS.downloadTimeoutMs),
      ytdlpWarm: v(ENV_KEYS.ytdlpWarm),
      ffmpegTimeoutMs: v(ENV_KEYS.ffmpegTimeoutMs),
      cookiesFile: v(ENV_KEYS.cookiesFile),
      rateLimit: v(ENV_KEYS.rateLimit),
      proxy: v(ENV_KEYS.proxy),
      ytdlpReleasesUrl: v(ENV_KEYS.ytdlpReleasesUrl),
      ytdlpReleaseApiUrl: v(ENV_KEYS.ytdlpReleaseApiUrl),
    },
    sources: { allowPrivate: v(ENV_KEYS.allowPrivateSources) },
    acquisition: {
      outputPolicy: v(ENV_KEYS.outputPolicy),
      sourceFallbacks: v(ENV_KEYS.sourceFallbacks),
      linkMaxEntries: v(ENV_KEYS.linkMaxEntries),
      fingerprint: v(ENV_KEYS.fingerprint),
    },
    tagging: {
      id3Version: Number(v(ENV_KEYS.id3Version)) as 3 | 4,
      coverMaxEdge: v(ENV_KEYS.coverMaxEdge),
      lrcFiles: v(ENV_KEYS.lrcFiles),
    },
    library: {
      templates: {
        album: v(ENV_KEYS.albumTemplate),
        single: v(ENV_KEYS.singleTemplate),
        compilation: v(ENV_KEYS.compilationTemplate),
      },
      archiveFolder: v(ENV_KEYS.archiveFolder),
      upgradePolicy: v(ENV_KEYS.upgradePolicy),
      importMode: v(ENV_KEYS.importMode),
      importDirs: [join(dataDir, 'import'), ...(v(ENV_KEYS.importDirs) ?? [])],
    },
    listening: {
      listenBrainzUrl: v(ENV_KEYS.listenBrainzUrl),
      lastfmUrl: v(ENV_KEYS.lastfmUrl),
      lastfmApiKey: v(ENV_KEYS.lastfmApiKey),
      lastfmSharedSecret: v(ENV_KEYS.lastfmSharedSecret),
      lastfmAuthUrl: v(ENV_KEYS.lastfmAuthUrl),
      syncSchedule: v(ENV_KEYS.listeningSyncSchedule),
      requestIntervalMs: v(ENV_KEYS.listeningRequestIntervalMs),
      relayRetryMs: v(ENV_KEYS.listeningRelayRetryMs),
      mappingSchedule: v(ENV_KEYS.listenMappingSchedule),
    },
    integrations: { rescanBatchMs: v(ENV_KEYS.rescanBatchMs) },
    watch: {
      enabled: v(ENV_KEYS.watch),
      settleMs: v(ENV_KEYS.watchSettleMs),
      polling: v(ENV_KEYS.watchPolling),
      pollIntervalMs: v(ENV_KEYS.watchPollIntervalMs),
      checkConcurrency: boundedByCores(v(ENV_KEYS.watchCheckConcurrency)),
      rescanSchedule: v(ENV_KEYS.watchRescanSchedule),
      missingGraceMs: v(ENV_KEYS.watchMissingGraceHours) * 3_600_000,
      rename: v(ENV_KEYS.watchRename),
    },
    conversation: {
      modelUrl: v(ENV_KEYS.conversationModelUrl),
      model: v(ENV_KEYS.conversationModel),
      modelTimeoutMs: v(ENV_KEYS.conversationModelTimeoutMs),
    },
    analysis: {
      windowSeconds: v(ENV_KEYS.analysisWindowSeconds),
      workers: v(ENV_KEYS.analysisWorkers),
      recycleAfter: v(ENV_KEYS.analysisRecycleAfter),
      rhythmMethod: v(ENV_KEYS.analysisRhythmMethod),
      auto: v(ENV_KEYS.analysisAuto),
      schedule: v(ENV_KEYS.analysisSchedule),
      writeTags: v(ENV_KEYS.analysisWriteTags),
      lastfmTagsSchedule: v(ENV_KEYS.lastfmTagsSchedule),
      lastfmTagMinCount: v(ENV_KEYS.lastfmTagMinCount),
    },
    dashboard: {
      refreshSchedule: v(ENV_KEYS.dashboardRefreshSchedule),
      weeklySchedule: v(ENV_KEYS.dashboardWeeklySchedule),
      changeThreshold: v(ENV_KEYS.dashboardChangeThreshold),
    },
    torrents: {
      profile: v(ENV_KEYS.torrentProfile),
      pollMs: v(ENV_KEYS.torrentPollMs),
      keepDataOnCancel: v(ENV_KEYS.torrentKeepDataOnCancel),
      seedingSchedule: v(ENV_KEYS.torrentSeedingSchedule),
    },
    jobs: {
      maxAttempts: v(ENV_KEYS.maxAttempts),
      retryBaseMs: v(ENV_KEYS.retryBaseMs),
      retryMaxMs: v(ENV_KEYS.retryMaxMs),
      leaseMs: v(ENV_KEYS.leaseMs),
      heartbeatMs: v(ENV_KEYS.heartbeatMs),
    },
  };
  if (!problems.length && config.jobs.heartbeatMs >= config.jobs.leaseMs) {
    problems.push('TRUETRACK_HEARTBEAT_MS: must be shorter than TRUETRACK_LEASE_MS');
  }
  if (problems.length) throw new ConfigValidationError(problems);
  return config;
}

/** A rejected URL may carry a password; the boot log must not. */
/** 0 = one per CPU core; more than the cores only queues up behind them. */
function boundedByCores(wanted: number): number {
  const cores = availableParallelism();
  return wanted === 0 ? cores : Math.min(wanted, cores);
}

function redactCredentials(raw: string): string {
  return raw.replace(/\/\/([^/@:\s]*):[^/@\s]*@/, '//$1:***@');
}

function definedOnly(env: RawSettings): RawSettings {
  return Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
}
