import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, homedir, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type AppConfig, PROVIDER_IDS } from './app-config.js';
import { ConfigValidationError, loadConfig, type RawSettings } from './load-config.js';
import { SETTINGS } from './settings/index.js';
import { eachSetting } from './settings/setting.js';

let dataDir: string;

beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'truetrack-config-'));
});

afterEach(() => {
  rmSync(dataDir, { recursive: true, force: true });
});

const load = (env: RawSettings = {}): AppConfig => loadConfig({ TRUETRACK_DATA_DIR: dataDir, ...env });

function problemsOf(fn: () => unknown): string[] {
  try {
    fn();
  } catch (error) {
    if (error instanceof ConfigValidationError) return error.problems;
    throw error;
  }
  throw new Error('expected a ConfigValidationError');
}

/** Runs `fn` with `dir` as the working folder, where the default `./data` resolves. */
function inWorkingFolder<T>(dir: string, fn: () => T): T {
  const previous = process.cwd();
  process.chdir(dir);
  try {
    return fn();
  } finally {
    process.chdir(previous);
  }
}

const TRUST_PROXY_ACCEPTS =
  'must be false, the number of proxies in front (1 to 10) or their addresses/subnets, e.g. 172.18.0.0/16 ' +
  '(true is refused: it would believe a client-written X-Forwarded-For)';

const SECRET_NAMES = [...eachSetting(SETTINGS)].filter(([, setting]) => setting.secret).map(([, s]) => s.name);

const writeSettingsFile = (yaml: string) => writeFileSync(join(dataDir, 'truetrack.yml'), yaml);

describe('loadConfig defaults', () => {
  it('give a working single-process setup: loopback, SQLite in the data folder, no Redis', () => {
    const config = load();
    expect(config.server.host).toBe('127.0.0.1');
    expect(config.db).toEqual({ url: `sqlite:${join(dataDir, 'truetrack.db')}`, type: 'sqlite' });
    expect(config.queue).toMatchObject({ redisUrl: undefined, role: 'all' });
  });

  it('put working folders under the data folder, and always allow imports from its import folder', () => {
    const config = load({ TRUETRACK_IMPORT_DIRS: '/srv/in' });
    expect(config.paths).toEqual({
      dataDir,
      libraryRoot: join(homedir(), 'Music/library'),
      tmpDir: join(dataDir, 'tmp'),
      adminDir: resolve('dist/admin/browser'),
    });
    expect(config.library.importDirs).toEqual([join(dataDir, 'import'), '/srv/in']);
  });

  it.each<[string, string, (c: AppConfig) => unknown, number]>([
    ['TRUETRACK_LOGIN_WINDOW_MINUTES', '2', (c) => c.auth.loginWindowMs, 2 * 60_000],
    ['TRUETRACK_LOG_FILE_MAX_MB', '3', (c) => c.log.fileMaxBytes, 3 * 1024 * 1024],
    ['TRUETRACK_PROVIDER_CACHE_HOURS', '5', (c) => c.providers.cacheTtlMs, 5 * 3_600_000],
    ['TRUETRACK_WATCH_MISSING_GRACE_HOURS', '7', (c) => c.watch.missingGraceMs, 7 * 3_600_000],
    ['TRUETRACK_ID3_VERSION', '3', (c) => c.tagging.id3Version, 3],
  ])('turn %s=%s into the unit the code reads', (name, value, pick, expected) => {
    expect(pick(load({ [name]: value }))).toBe(expected);
  });

  it('check watched files one per CPU core, and never more than the cores', () => {
    const cores = availableParallelism();
    expect(load({ TRUETRACK_WATCH_CHECK_CONCURRENCY: '1' }).watch.checkConcurrency).toBe(1);
    expect(load({ TRUETRACK_WATCH_CHECK_CONCURRENCY: '256' }).watch.checkConcurrency).toBe(cores);
    expect(load({ TRUETRACK_WATCH_CHECK_CONCURRENCY: '0' }).watch.checkConcurrency).toBe(cores);
  });

  it('point every provider at a mirror and switch it off from the environment', () => {
    const config = load({ TRUETRACK_MUSICBRAINZ_URL: 'http://127.0.0.1:5000/ws/2', TRUETRACK_DEEZER_ENABLED: 'off' });
    expect(config.providers.musicbrainz).toEqual({ baseUrl: 'http://127.0.0.1:5000/ws/2', enabled: true });
    expect(config.providers.deezer.enabled).toBe(false);
  });

  it.each([
    ['unset', undefined],
    ['empty', ''],
  ])('put the data folder in ./data of the working folder when TRUETRACK_DATA_DIR is %s', (_case, value) => {
    const config = inWorkingFolder(dataDir, () => loadConfig({ TRUETRACK_DATA_DIR: value }));
    const expected = join(realpathSync(dataDir), 'data');
    expect(config.paths.dataDir).toBe(expected);
    expect(config.db.url).toBe(`sqlite:${join(expected, 'truetrack.db')}`);
  });

  it('apply to keys set to an empty string', () => {
    const empty = [...eachSetting(SETTINGS)].filter(([, setting]) => !setting.envOnly);
    expect(load(Object.fromEntries(empty.map(([, setting]) => [setting.name, ''])))).toEqual(load());
  });
});

describe('loadConfig accepted values', () => {
  it.each<[string, string, (c: AppConfig) => unknown, unknown]>([
    ['TRUETRACK_HOST', '0.0.0.0', (c) => c.server.host, '0.0.0.0'],
    ['TRUETRACK_HOST', '::', (c) => c.server.host, '::'],
    ['TRUETRACK_PORT', ' 8080 ', (c) => c.server.port, 8080],
    ['TRUETRACK_LOG_LEVEL', 'DEBUG', (c) => c.log.level, 'debug'],
    [
      'ALLOWED_ORIGINS',
      'http://localhost:4200, https://music.example.com',
      (c) => c.server.allowedOrigins,
      ['http://localhost:4200', 'https://music.example.com'],
    ],
    ['ALLOWED_ORIGINS', '*', (c) => c.server.allowedOrigins, ['*']],
    ['REDIS_URL', 'redis://127.0.0.1:6379/0', (c) => c.queue.redisUrl, 'redis://127.0.0.1:6379/0'],
    [
      'REDIS_URL',
      'rediss://:secret@cache.example.com:6380',
      (c) => c.queue.redisUrl,
      'rediss://:secret@cache.example.com:6380',
    ],
    [
      'DATABASE_URL',
      'postgres://truetrack:pw@db:5432/truetrack',
      (c) => c.db,
      { url: 'postgres://truetrack:pw@db:5432/truetrack', type: 'postgres' },
    ],
    ['DATABASE_URL', 'postgresql://db/truetrack', (c) => c.db.type, 'postgres'],
    ['DATABASE_URL', 'sqlite:./music.db', (c) => c.db, { url: `sqlite:${resolve('music.db')}`, type: 'sqlite' }],
    ['DATABASE_URL', 'sqlite:///var/lib/truetrack/app.db', (c) => c.db.url, 'sqlite:/var/lib/truetrack/app.db'],
    ['TRUETRACK_ROLE', 'worker', (c) => c.queue.role, 'worker'],
    ['TRUETRACK_TRUST_PROXY', '1', (c) => c.server.trustProxy, 1],
    ['TRUETRACK_TRUST_PROXY', 'false', (c) => c.server.trustProxy, false],
    [
      'TRUETRACK_TRUST_PROXY',
      '172.18.0.0/16, 10.0.0.2, loopback',
      (c) => c.server.trustProxy,
      ['172.18.0.0/16', '10.0.0.2', 'loopback'],
    ],
    ['TRUETRACK_ALLOW_PRIVATE_SOURCES', 'true', (c) => c.sources.allowPrivate, true],
    [
      'TRUETRACK_ALLOW_PRIVATE_SOURCES',
      'nas.lan, 192.168.1.0/24, fd00::/8',
      (c) => c.sources.allowPrivate,
      ['nas.lan', '192.168.1.0/24', 'fd00::/8'],
    ],
    ['TRUETRACK_WORKER_CONCURRENCY', '64', (c) => c.queue.concurrency, 64],
    ['TRUETRACK_JOB_MAX_ATTEMPTS', '1', (c) => c.jobs.maxAttempts, 1],
    ['MUSIC_LIBRARY_ROOT', '/srv/music', (c) => c.paths.libraryRoot, '/srv/music'],
    ['MUSIC_LIBRARY_ROOT', 'music', (c) => c.paths.libraryRoot, resolve('music')],
    [
      'TRUETRACK_ALBUM_TEMPLATE',
      ' {artist name}/{ALBUM TITLE}/{track:0} {track title} ',
      (c) => c.library.templates.album,
      '{artist name}/{ALBUM TITLE}/{track:0} {track title}',
    ],
    [
      'YTDLP_RELEASES_URL',
      'http://127.0.0.1:8081/yt-dlp',
      (c) => c.tools.ytdlpReleasesUrl,
      'http://127.0.0.1:8081/yt-dlp',
    ],
    ['TRUETRACK_BACKUP_SCHEDULE', 'off', (c) => c.schedules.backup, null],
    ['TRUETRACK_BACKUP_SCHEDULE', ' 0  4 * * 0 ', (c) => c.schedules.backup, '0 4 * * 0'],
    ['TRUETRACK_TEMP_SWEEP_SCHEDULE', '@daily', (c) => c.schedules.tempSweep, '@daily'],
    ['TRUETRACK_HEALTH_CHECK_SCHEDULE', '*/30 * * * * *', (c) => c.schedules.healthCheck, '*/30 * * * * *'],
  ])('%s=%j', (name, value, pick, expected) => {
    expect(pick(load({ [name]: value }))).toEqual(expected);
  });
});

describe('loadConfig rejections', () => {
  const SECRETS = new Set(SECRET_NAMES);

  const rows: [string, string, string][] = [
    ['TRUETRACK_HOST', 'my host', 'must be a host name or IP address'],
    ['TRUETRACK_HOST', 'http://0.0.0.0', 'must be a host name or IP address'],
    ['TRUETRACK_PORT', 'abc', 'must be a whole number from 1 to 65535'],
    ['TRUETRACK_PORT', '0', 'must be a whole number from 1 to 65535'],
    ['TRUETRACK_PORT', '70000', 'must be a whole number from 1 to 65535'],
    ['TRUETRACK_PORT', '80.5', 'must be a whole number from 1 to 65535'],
    ['TRUETRACK_PORT', '0x1f40', 'must be a whole number from 1 to 65535'],
    ['TRUETRACK_LOG_LEVEL', 'loud', 'must be one of error, warn, info, debug, verbose'],
    ['TRUETRACK_LOG_FILE_MAX_MB', '0', 'must be a whole number from 1 to 1024'],
    ['TRUETRACK_LOG_FILES', '101', 'must be a whole number from 1 to 100'],
    ['TRUETRACK_METRICS_PUBLIC', 'maybe', 'must be true or false'],
    ['TRUETRACK_TRUST_PROXY', 'maybe', TRUST_PROXY_ACCEPTS],
    ['TRUETRACK_TRUST_PROXY', 'true', TRUST_PROXY_ACCEPTS],
    ['TRUETRACK_TRUST_PROXY', '11', TRUST_PROXY_ACCEPTS],
    [
      'TRUETRACK_ALLOW_PRIVATE_SOURCES',
      'nas/share',
      'must be true or a comma-separated list of host names, addresses and subnets (bad: nas/share)',
    ],
    ['TRUETRACK_API_KEY', 'short', 'must be 20 to 128 characters from A-Z, a-z, 0-9, "-" and "_"'],
    [
      'TRUETRACK_API_KEY',
      'a key with spaces in it, long enough',
      'must be 20 to 128 characters from A-Z, a-z, 0-9, "-" and "_"',
    ],
    ['TRUETRACK_LOGIN_ATTEMPTS', '0', 'must be a whole number from 1 to 1000'],
    ['TRUETRACK_LOGIN_WINDOW_MINUTES', '0', 'must be a whole number from 1 to 1440'],
    ['TRUETRACK_SESSION_DAYS', '0', 'must be a whole number from 1 to 3650'],
    ['TRUETRACK_BACKUP_KEEP', '0', 'must be a whole number from 1 to 1000'],
    [
      'TRUETRACK_BACKUP_SCHEDULE',
      '0 25 * * *',
      'must be a cron schedule like "0 3 * * *" or @daily, or off (field value (25) is out of range)',
    ],
    [
      'TRUETRACK_TEMP_SWEEP_SCHEDULE',
      '0 * * *',
      'must be a cron schedule like "0 3 * * *" or @daily, or off (too few fields)',
    ],
    [
      'TRUETRACK_CACHE_PRUNE_SCHEDULE',
      'every hour',
      'must be a cron schedule like "0 3 * * *" or @daily, or off (unknown alias: eve)',
    ],
    ['ALLOWED_ORIGINS', 'foo', 'must be a comma-separated list of origins like http://host:port (bad: foo)'],
    [
      'ALLOWED_ORIGINS',
      'http://localhost:4200/',
      'must be a comma-separated list of origins like http://host:port (bad: http://localhost:4200/)',
    ],
    [
      'ALLOWED_ORIGINS',
      'http://a.example, ftp://b.example',
      'must be a comma-separated list of origins like http://host:port (bad: ftp://b.example)',
    ],
    ['MUSIC_LIBRARY_ROOT', '   ', 'must be a folder path'],
    ['MUSIC_LIBRARY_ROOT', '/srv/mu\0sic', 'must not contain a NUL character'],
    ['TRUETRACK_DATA_DIR', '/srv/da\0ta', 'must not contain a NUL character'],
    ['DATABASE_URL', 'mysql://x', 'must be sqlite:<file> or a URL starting with postgres:// or postgresql://'],
    ['DATABASE_URL', 'truetrack.db', 'must be sqlite:<file> or a URL starting with postgres:// or postgresql://'],
    ['DATABASE_URL', 'sqlite:', 'sqlite: URL must name a file, e.g. sqlite:./data/truetrack.db'],
    ['REDIS_URL', 'http://x', 'must be a URL starting with redis:// or rediss://'],
    ['REDIS_URL', 'localhost:6379', 'must be a URL starting with redis:// or rediss://'],
    ['TRUETRACK_ROLE', 'scheduler', 'must be one of all, api, worker'],
    ['TRUETRACK_WORKER_CONCURRENCY', '0', 'must be a whole number from 1 to 64'],
    ['TRUETRACK_POLL_MS', '5', 'must be a whole number from 10 to 60000'],
    ['TRUETRACK_JOB_MAX_ATTEMPTS', '101', 'must be a whole number from 1 to 100'],
    ['TRUETRACK_RETRY_BASE_MS', '-1', 'must be a whole number from 1 to 3600000'],
    ['TRUETRACK_RETRY_MAX_MS', '5m', 'must be a whole number from 1 to 86400000'],
    ['TRUETRACK_RESCAN_BATCH_MS', '5s', 'must be a whole number from 0 to 3600000'],
    [
      'TRUETRACK_HEALTH_CHECK_SCHEDULE',
      '* * * * * * *',
      'must be a cron schedule like "0 3 * * *" or @daily, or off (too many fields)',
    ],
    ['TRUETRACK_LISTENBRAINZ_URL', 'ftp://lb', 'must be a URL starting with http:// or https://'],
    ['TRUETRACK_LASTFM_URL', 'lastfm', 'must be a URL starting with http:// or https://'],
    ['TRUETRACK_LASTFM_API_KEY', ' ', 'must not be empty'],
    ['TRUETRACK_LASTFM_SHARED_SECRET', ' ', 'must not be empty'],
    ['TRUETRACK_LASTFM_AUTH_URL', 'last.fm/api/auth', 'must be a URL starting with http:// or https://'],
    ['TRUETRACK_CONVERSATION_MODEL_URL', 'ollama:11434', 'must be a URL starting with http:// or https://'],
    ['TRUETRACK_CONVERSATION_MODEL', ' ', 'must not be empty'],
    ['TRUETRACK_CONVERSATION_MODEL_TIMEOUT_MS', '50', 'must be a whole number from 100 to 60000'],
    [
      'TRUETRACK_LISTENING_SYNC_SCHEDULE',
      'every hour',
      'must be a cron schedule like "0 3 * * *" or @daily, or off (unknown alias: eve)',
    ],
    ['TRUETRACK_LISTENING_REQUEST_INTERVAL_MS', '-1', 'must be a whole number from 0 to 60000'],
    ['TRUETRACK_LISTENING_RELAY_RETRY_MS', '5', 'must be a whole number from 10 to 3600000'],
    [
      'TRUETRACK_LISTEN_MAPPING_SCHEDULE',
      '61 * * * *',
      'must be a cron schedule like "0 3 * * *" or @daily, or off (field value (61) is out of range)',
    ],
    [
      'TRUETRACK_DASHBOARD_REFRESH_SCHEDULE',
      '61 * * * *',
      'must be a cron schedule like "0 3 * * *" or @daily, or off (field value (61) is out of range)',
    ],
    [
      'TRUETRACK_DASHBOARD_WEEKLY_SCHEDULE',
      'mondays',
      'must be a cron schedule like "0 3 * * *" or @daily, or off (unknown alias: day)',
    ],
    ['TRUETRACK_DASHBOARD_CHANGE_THRESHOLD', '0', 'must be a whole number from 1 to 100'],
    ['TRUETRACK_LEASE_MS', '100', 'must be a whole number from 500 to 3600000'],
    ['TRUETRACK_HEARTBEAT_MS', '10', 'must be a whole number from 50 to 60000'],
    ['TRUETRACK_CONTACT', 'me\u0007@example.org', 'must be at most 200 printable ASCII characters on one line'],
    ['TRUETRACK_PROVIDER_TIMEOUT_MS', '50', 'must be a whole number from 100 to 120000'],
    ['TRUETRACK_PROVIDER_CACHE_HOURS', '-1', 'must be a whole number from 0 to 8760'],
    ['TRUETRACK_MUSICBRAINZ_INTERVAL_MS', 'fast', 'must be a whole number from 0 to 60000'],
    ['YTDLP_PATH', 'yt\u0000dlp', 'must be a program name or a path to it'],
    ['FFMPEG_PATH', ' ', 'must be a program name or a path to it'],
    ['FFPROBE_PATH', 'a\u0000b', 'must be a program name or a path to it'],
    ['TRUETRACK_DOWNLOAD_TIMEOUT_MS', '10', 'must be a whole number from 1000 to 86400000'],
    ['TRUETRACK_FFMPEG_TIMEOUT_MS', 'soon', 'must be a whole number from 1000 to 86400000'],
    ['YTDLP_COOKIES_FILE', 'co\u0000okies', 'must not contain a NUL character'],
    ['YTDLP_RATE_LIMIT', 'fast', 'must be a rate such as 500K or 2M'],
    ['YTDLP_PROXY', 'ftp://proxy', 'must be a URL starting with http:// or https:// or socks5:// or socks5h://'],
    ['YTDLP_RELEASES_URL', 'file:///tmp/yt-dlp', 'must be a URL starting with http:// or https://'],
    ['YTDLP_RELEASE_API_URL', 'api.github.com', 'must be a URL starting with http:// or https://'],
    ['TRUETRACK_OUTPUT_POLICY', 'wav', 'must be one of original, mp3-v0, mp3-320, flac'],
    ['TRUETRACK_SOURCE_FALLBACKS', '21', 'must be a whole number from 0 to 20'],
    ['TRUETRACK_LINK_MAX_ENTRIES', '0', 'must be a whole number from 1 to 100000'],
    ['FPCALC_PATH', 'fp calc\u0000', 'must be a program name or a path to it'],
    ['TRUETRACK_FINGERPRINT', 'sometimes', 'must be true or false'],
    ['TRUETRACK_YTDLP_WARM', 'warm', 'must be true or false'],
    ['ACOUSTID_API_KEY', '   ', 'must not be empty'],
    ['TRUETRACK_YOUTUBE_WATCH_URL', 'ftp://mirror/watch', 'must be a URL starting with http:// or https://'],
    ['TRUETRACK_ID3_VERSION', '2', 'must be one of 3, 4'],
    ['TRUETRACK_COVER_MAX_EDGE', '5000', 'must be a whole number from 0 to 4000'],
    ['TRUETRACK_LRC_FILES', 'lrc', 'must be true or false'],
    ['TRUETRACK_ALBUM_TEMPLATE', '  ', 'must not be empty'],
    ['TRUETRACK_SINGLE_TEMPLATE', '  ', 'must not be empty'],
    ['TRUETRACK_COMPILATION_TEMPLATE', '  ', 'must not be empty'],
    [
      'TRUETRACK_ALBUM_TEMPLATE',
      '{Album Artst}/{Track Title}',
      'has an unknown token {Album Artst}; did you mean {Album Artist}?',
    ],
    [
      'TRUETRACK_ALBUM_TEMPLATE',
      '{Album Title}/../../{Track Title}',
      'must not contain . or .. folders, which would leave or repeat a folder',
    ],
    [
      'TRUETRACK_SINGLE_TEMPLATE',
      '/srv/music/{Artist} - {Track Title}',
      'must be relative to the library root, not start with / or a drive',
    ],
    ['TRUETRACK_SINGLE_TEMPLATE', '{Artist}/{Artist - {Track Title}', 'has an unclosed { at character 10'],
    ['TRUETRACK_SINGLE_TEMPLATE', '{Artist}\\{Track Title}', 'must separate folders with /, not \\'],
    [
      'TRUETRACK_COMPILATION_TEMPLATE',
      'Compilations/{Album Title}/{track:00}',
      'must contain {Track Title} in the file name (after the last /), or different tracks would get the same name',
    ],
    ['TRUETRACK_ARCHIVE_FOLDER', '../elsewhere', 'must be a single folder name without / or \\'],
    ['TRUETRACK_UPGRADE_POLICY', 'always', 'must be one of keep-existing, replace, keep-both'],
    ['TRUETRACK_IMPORT_MODE', 'link', 'must be one of copy, move'],
    ['TRUETRACK_ANALYSIS_WINDOW_SECONDS', '-5', 'must be a whole number from 0 to 3600'],
    ['TRUETRACK_ANALYSIS_WORKERS', 'all', 'must be a whole number from 0 to 64'],
    ['TRUETRACK_ANALYSIS_RECYCLE_AFTER', '0', 'must be a whole number from 1 to 10000'],
    ['TRUETRACK_ANALYSIS_RHYTHM_METHOD', 'percival', 'must be one of multifeature, degara'],
    ['TRUETRACK_TORRENT_PROFILE', 'flac', 'must be one of any, lossless'],
    ['TRUETRACK_TORRENT_POLL_MS', '50', 'must be a whole number from 100 to 600000'],
    ['TRUETRACK_TORRENT_KEEP_DATA_ON_CANCEL', 'maybe', 'must be true or false'],
    [
      'TRUETRACK_TORRENT_SEEDING_SCHEDULE',
      '0 * * *',
      'must be a cron schedule like "0 3 * * *" or @daily, or off (too few fields)',
    ],
    [
      'TRUETRACK_ANALYSIS_SCHEDULE',
      'sometimes',
      'must be a cron schedule like "0 3 * * *" or @daily, or off (unknown alias: som)',
    ],
    ['TRUETRACK_ANALYSIS_AUTO', 'yes please', 'must be true or false'],
    ['TRUETRACK_ANALYSIS_WRITE_TAGS', 'sometimes', 'must be true or false'],
    ['TRUETRACK_LASTFM_TAG_MIN_COUNT', '101', 'must be a whole number from 0 to 100'],
    [
      'TRUETRACK_LASTFM_TAGS_SCHEDULE',
      'nightly',
      'must be a cron schedule like "0 3 * * *" or @daily, or off (unknown alias: nig)',
    ],
    ['TRUETRACK_WATCH', 'sometimes', 'must be true or false'],
    ['TRUETRACK_WATCH_SETTLE_MS', '50', 'must be a whole number from 100 to 3600000'],
    ['TRUETRACK_WATCH_POLLING', 'never', 'must be one of auto, always'],
    ['TRUETRACK_WATCH_POLL_INTERVAL_MS', '1.5', 'must be a whole number from 100 to 600000'],
    ['TRUETRACK_WATCH_CHECK_CONCURRENCY', '-2', 'must be a whole number from 0 to 256'],
    [
      'TRUETRACK_WATCH_RESCAN_SCHEDULE',
      'nightly',
      'must be a cron schedule like "0 3 * * *" or @daily, or off (unknown alias: nig)',
    ],
    ['TRUETRACK_WATCH_MISSING_GRACE_HOURS', '-1', 'must be a whole number from 0 to 87600'],
    ['TRUETRACK_WATCH_RENAME', 'always', 'must be one of propose, auto'],
    [
      'TRUETRACK_IMPORT_DIRS',
      '/srv/in,/srv/b\u0000ad',
      'must be comma-separated folder paths (/srv/b\u0000ad: must not contain a NUL character)',
    ],
    ...PROVIDER_IDS.flatMap((id): [string, string, string][] => [
      [SETTINGS.providers[id].baseUrl.name, 'ftp://mirror', 'must be a URL starting with http:// or https://'],
      [SETTINGS.providers[id].enabled.name, 'maybe', 'must be true or false'],
    ]),
  ];

  it.each(rows)('%s=%j names the key and what is accepted', (name, value, accepted) => {
    const got = SECRETS.has(name) ? `${value.length} characters, not shown` : JSON.stringify(value);
    expect(problemsOf(() => load({ [name]: value }))).toEqual([`${name}: ${accepted} (got ${got})`]);
  });

  it('has a row for every key', () => {
    const covered = new Set(rows.map(([name]) => name));
    expect([...eachSetting(SETTINGS)].map(([, setting]) => setting.name).filter((name) => !covered.has(name))).toEqual(
      [],
    );
  });

  it('shortens a long bad value in the message', () => {
    const [problem] = problemsOf(() => load({ TRUETRACK_LOG_LEVEL: 'x'.repeat(200) }));
    expect(problem).toBe(
      `TRUETRACK_LOG_LEVEL: must be one of error, warn, info, debug, verbose (got "${'x'.repeat(80)}…")`,
    );
  });

  it('requires the heartbeat to be shorter than the lease', () => {
    expect(problemsOf(() => load({ TRUETRACK_LEASE_MS: '1000', TRUETRACK_HEARTBEAT_MS: '1000' }))).toEqual([
      'TRUETRACK_HEARTBEAT_MS: must be shorter than TRUETRACK_LEASE_MS',
    ]);
  });

  it('lists several bad keys at once, one line each', () => {
    const sut = () =>
      load({ TRUETRACK_PORT: 'abc', TRUETRACK_LOG_LEVEL: 'loud', REDIS_URL: 'http://x', ALLOWED_ORIGINS: 'foo' });
    expect(sut).toThrow(ConfigValidationError);
    expect(() => sut()).toThrow(
      [
        'Invalid configuration:',
        '  - TRUETRACK_PORT: must be a whole number from 1 to 65535 (got "abc")',
        '  - ALLOWED_ORIGINS: must be a comma-separated list of origins like http://host:port (bad: foo) (got "foo")',
        '  - TRUETRACK_LOG_LEVEL: must be one of error, warn, info, debug, verbose (got "loud")',
        '  - REDIS_URL: must be a URL starting with redis:// or rediss:// (got "http://x")',
      ].join('\n'),
    );
  });
});

describe('loadConfig with truetrack.yml in the data folder', () => {
  it('reads its settings, converting YAML numbers to the same text as the environment', () => {
    writeSettingsFile('TRUETRACK_PORT: 9000\nTRUETRACK_LOG_LEVEL: debug\nTRUETRACK_WORKER_CONCURRENCY: 4\n');
    const config = load();
    expect([config.server.port, config.log.level, config.queue.concurrency]).toEqual([9000, 'debug', 4]);
  });

  it('lets the environment win over the file', () => {
    writeSettingsFile('TRUETRACK_PORT: 9000\nTRUETRACK_LOG_LEVEL: debug\n');
    const config = load({ TRUETRACK_PORT: '9100' });
    expect([config.server.port, config.log.level]).toEqual([9100, 'debug']);
  });

  it('treats an empty file and empty values as unset', () => {
    writeSettingsFile('# nothing yet\n');
    expect(load()).toEqual(load({}));
    writeSettingsFile('TRUETRACK_PORT:\nREDIS_URL: ~\n');
    expect(load().server.port).toBe(8000);
    expect(load().queue.redisUrl).toBeUndefined();
  });

  it('validates file values with the same messages', () => {
    writeSettingsFile('TRUETRACK_PORT: abc\n');
    expect(problemsOf(() => load())).toEqual(['TRUETRACK_PORT: must be a whole number from 1 to 65535 (got "abc")']);
  });

  it('rejects unknown keys, one line each', () => {
    writeSettingsFile('TRUETRACK_PORT: 9000\nPORT: 80\ntruetrack_log_level: debug\n');
    expect(problemsOf(() => load())).toEqual([
      'PORT (in truetrack.yml): is not a known setting',
      'truetrack_log_level (in truetrack.yml): is not a known setting',
    ]);
  });

  it('rejects a nested value and a file that is not a map', () => {
    writeSettingsFile('ALLOWED_ORIGINS:\n  - http://localhost:4200\n');
    expect(problemsOf(() => load())).toEqual(['ALLOWED_ORIGINS (in truetrack.yml): must be a single value']);
    writeSettingsFile('- TRUETRACK_PORT\n');
    expect(problemsOf(() => load())).toEqual([`${join(dataDir, 'truetrack.yml')}: must be a map of KEY: value`]);
  });

  it('rejects the data folder setting, which only the environment can move', () => {
    writeSettingsFile('TRUETRACK_DATA_DIR: /elsewhere\n');
    expect(problemsOf(() => load())).toEqual([
      'TRUETRACK_DATA_DIR (in truetrack.yml): can only be set in the environment',
    ]);
  });

  it('rejects invalid YAML, naming the file', () => {
    writeSettingsFile('TRUETRACK_PORT: [9000\n');
    const problems = problemsOf(() => load());
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^\S+truetrack\.yml: is not valid YAML \(.+\)$/);
    expect(problems[0]).toContain(join(dataDir, 'truetrack.yml'));
  });

  it('is not read from ./data when the data folder setting itself is bad', () => {
    mkdirSync(join(dataDir, 'data'));
    writeFileSync(join(dataDir, 'data', 'truetrack.yml'), 'NOT_A_SETTING: 1\n');
    const env = { TRUETRACK_DATA_DIR: '/srv/da\0ta', TRUETRACK_PORT: 'abc' };
    expect(inWorkingFolder(dataDir, () => problemsOf(() => loadConfig(env)))).toEqual([
      'TRUETRACK_DATA_DIR: must not contain a NUL character (got "/srv/da\\u0000ta")',
      'TRUETRACK_PORT: must be a whole number from 1 to 65535 (got "abc")',
    ]);
  });
});

describe('loadConfig ~ expansion of MUSIC_LIBRARY_ROOT', () => {
  it.each([
    ['~', homedir()],
    ['~/Music/library', join(homedir(), 'Music/library')],
    ['  ~/Music  ', join(homedir(), 'Music')],
    ['~someone/Music', resolve('~someone/Music')],
    ['/srv/~/Music', '/srv/~/Music'],
  ])('%j becomes %j', (value, expected) => {
    expect(load({ MUSIC_LIBRARY_ROOT: value }).paths.libraryRoot).toBe(expected);
  });

  it('expands a value from truetrack.yml too', () => {
    writeSettingsFile('MUSIC_LIBRARY_ROOT: ~/Songs\n');
    expect(load().paths.libraryRoot).toBe(join(homedir(), 'Songs'));
  });
});

describe('secrets in rejection messages', () => {
  it('never repeat a rejected key or password', () => {
    const [problem] = problemsOf(() => load({ TRUETRACK_API_KEY: 'almost-my-real-key-but.with.dots' }));
    expect(problem).toBe(
      'TRUETRACK_API_KEY: must be 20 to 128 characters from A-Z, a-z, 0-9, "-" and "_" (got 32 characters, not shown)',
    );
  });

  it.each(['TRUETRACK_API_KEY', 'ACOUSTID_API_KEY', 'TRUETRACK_LASTFM_API_KEY', 'TRUETRACK_LASTFM_SHARED_SECRET'])(
    'mark %s as a secret',
    (name) => {
      expect(SECRET_NAMES).toContain(name);
    },
  );

  it('never echoes the password of a rejected URL', () => {
    let message = '';
    try {
      loadConfig({ TRUETRACK_DATA_DIR: '/nonexistent-truetrack', REDIS_URL: 'http://admin:hunter2@redis:6379' });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain('REDIS_URL');
    expect(message).toContain('admin:***@redis');
    expect(message).not.toContain('hunter2');
  });
});
