/** External services TrueTrack asks; each can point at a mirror (or a loopback fake in tests). */
export const PROVIDER_IDS = [
  'musicbrainz',
  'itunes',
  'deezer',
  'coverartarchive',
  'youtube_music',
  'lrclib',
  'acoustid',
] as const;
export type ProviderId = (typeof PROVIDER_IDS)[number];

export interface ProviderConfig {
  baseUrl: string;
  enabled: boolean;
}

export const UPGRADE_POLICIES = ['keep-existing', 'replace', 'keep-both'] as const;
export type UpgradePolicy = (typeof UPGRADE_POLICIES)[number];

/** Naming templates (Lidarr-like tokens) for the three kinds of release a track can belong to. */
export interface NamingTemplates {
  album: string;
  single: string;
  compilation: string;
}

export type LogLevel = 'error' | 'warn' | 'info' | 'debug' | 'verbose';
export type ProcessRole = 'all' | 'api' | 'worker';

/** The validated configuration every module reads; built once at boot. */
export interface AppConfig {
  server: {
    host: string;
    port: number;
    allowedOrigins: string[];
    /**
     * Which reverse proxies' X-Forwarded-* headers are believed (client address, https for Secure cookies): a hop
     * count or their addresses/subnets, as Express's `trust proxy` takes them; false = none.
     */
    trustProxy: false | number | string[];
  };
  auth: {
    /** The API key set by the environment; unset = one generated at first start and kept in the database. */
    apiKey: string | undefined;
    /** Failed sign-ins one client address may make per window before it must wait. */
    loginAttempts: number;
    loginWindowMs: number;
    /** How long a session stays valid without being used. */
    sessionDays: number;
  };
  log: {
    level: LogLevel;
    /** Size at which `<data dir>/logs/truetrack.log` is rotated. */
    fileMaxBytes: number;
    /** Log files kept, the current one included. */
    files: number;
  };
  /** `GET /metrics` without the API key (for a Prometheus on a trusted network). */
  metrics: { public: boolean };
  /** SQLite backups kept in `<data dir>/backups`. */
  backup: { keep: number };
  /** Cron schedules of the periodic work; null turns one off. */
  schedules: {
    backup: string | null;
    tempSweep: string | null;
    cachePrune: string | null;
    healthCheck: string | null;
  };
  paths: { dataDir: string; libraryRoot: string; tmpDir: string; adminDir: string };
  db: { url: string; type: 'sqlite' | 'postgres' };
  queue: { redisUrl: string | undefined; role: ProcessRole; concurrency: number; pollMs: number };
  providers: {
    /** Contact (URL or e-mail) sent in the User-Agent, as MusicBrainz asks of every client. */
    contact: string;
    timeoutMs: number;
    /** How long provider answers are reused; 0 turns the cache off. */
    cacheTtlMs: number;
    /** Minimum time between two MusicBrainz requests (1 request/s on the public server). */
    musicbrainzIntervalMs: number;
    /** AcoustID application key; fingerprints are checked against AcoustID only when it is set. */
    acoustidApiKey: string | undefined;
    /** Watch page YouTube sources are downloaded from (`<url>?v=<id>`); unset = youtube.com itself. */
    youtubeWatchUrl: string | undefined;
  } & Record<ProviderId, ProviderConfig>;
  tools: {
    ytdlp: string;
    ffmpeg: string;
    ffprobe: string;
    fpcalc: string;
    downloadTimeoutMs: number;
    /** Keep one yt-dlp started ahead (Python and yt_dlp loaded), waiting for the next download's argv. */
    ytdlpWarm: boolean;
    ffmpegTimeoutMs: number;
    cookiesFile: string | undefined;
    rateLimit: string | undefined;
    proxy: string | undefined;
    /** The yt-dlp release binary the updater downloads. */
    ytdlpReleasesUrl: string;
    /** GitHub API URL whose `tag_name` is the latest yt-dlp version. */
    ytdlpReleaseApiUrl: string;
  };
  /** Where URL jobs may send yt-dlp. */
  sources: {
    /** Hosts/subnets on private, loopback or link-local addresses a URL job may still fetch; true = all. */
    allowPrivate: true | string[];
  };
  acquisition: {
    /** original = keep the source codec; mp3-v0 / mp3-320; flac only from lossless sources. */
    outputPolicy: 'original' | 'mp3-v0' | 'mp3-320' | 'flac';
    /** How many further sources are tried when a download is unusable. */
    sourceFallbacks: number;
    /** Above this many entries a playlist link is only fetched when the request sets `options.allowLarge`. */
    linkMaxEntries: number;
    /** Compute a chromaprint fingerprint (fpcalc) of every kept file, for dedup and AcoustID. */
    fingerprint: boolean;
  };
  tagging: {
    id3Version: 3 | 4;
    /** Longest edge of the embedded front cover in pixels; 0 embeds none. */
    coverMaxEdge: number;
    /** Write synced lyrics as an .lrc file beside the audio. */
    lrcFiles: boolean;
  };
  library: {
    templates: NamingTemplates;
    /** Folder under the library root for tracks whose metadata could not be resolved confidently. */
    archiveFolder: string;
    /** What happens when a better file of a track already in the library arrives. */
    upgradePolicy: UpgradePolicy;
    /** Whether import jobs copy files into the library or move them. */
    importMode: 'copy' | 'move';
    /** Folders files may be imported from; the library root is always allowed as well. */
    importDirs: string[];
  };
  conversation: {
    /** A local OpenAI-compatible endpoint that may read requests in plain words; undefined = the rules alone. */
    modelUrl: string | undefined;
    model: string;
    /** Longest wait for the model before the rules' reading is used. */
    modelTimeoutMs: number;
  };
  integrations: {
    /** Media-server rescans wait this long to gather every track that lands meanwhile into one call. */
    rescanBatchMs: number;
  };
  listening: {
    listenBrainzUrl: string;
    lastfmUrl: string;
    /** Last.fm API key; Last.fm histories are imported only when it is set. */
    lastfmApiKey: string | undefined;
    /** Signs Last.fm's authenticated calls (connecting a listener, scrobbling); relaying to Last.fm needs it. */
    lastfmSharedSecret: string | undefined;
    /** Where a person authorises TrueTrack at Last.fm (`?api_key=&token=` are added). */
    lastfmAuthUrl: string;
    /** When histories are synced (a cron expression). */
    syncSchedule: string | null;
    /** Least time between two requests to one history source. */
    requestIntervalMs: number;
    /** How often queued relays are sent, and the first wait after a failure. */
    relayRetryMs: number;
    /** When listens left unmapped are mapped (a cron expression); null = only after intake and imports. */
    mappingSchedule: string | null;
  };
  analysis: {
    /** Seconds from the middle of a track that are analysed; 0 = the whole track. */
    windowSeconds: number;
    /** Worker threads; 0 = one per core. Never more than the cores. */
    workers: number;
    /** Files a worker thread analyses before it is replaced, which frees its WASM heap. */
    recycleAfter: number;
    rhythmMethod: 'multifeature' | 'degara';
    /** Analyse every track that enters the library. */
    auto: boolean;
    /** When tracks without a current analysis are queued (cron); null = never. */
    schedule: string | null;
    /** Write the measured BPM and key into the files' tags (TBPM/TKEY, BPM/INITIALKEY, tmpo/initialkey). */
    writeTags: boolean;
    /** When Last.fm genre and mood tags are fetched for tracks without them (cron); null = only on request. */
    lastfmTagsSchedule: string | null;
    /** Least Last.fm tag count (0–100, relative to the top tag) a tag needs to be kept. */
    lastfmTagMinCount: number;
  };
  /** Watch folders: import folders and the library root, watched for files added, moved or removed. */
  watch: {
    enabled: boolean;
    /** A file must stop growing for this long before it is checked. */
    settleMs: number;
    /** auto: file-system events, polling after ENOSPC; always: polling (network shares). */
    polling: 'auto' | 'always';
    pollIntervalMs: number;
    /** Files checked and handed on at the same time: 1 up to the number of CPU cores. */
    checkConcurrency: number;
    /** The reconciliation rescan (cron); null = only at start. */
    rescanSchedule: string | null;
    /** A missing track is removed from the index after this long. */
    missingGraceMs: number;
    rename: 'propose' | 'auto';
  };
  torrents: {
    /** The quality profile album jobs search the torrent indexers with. */
    profile: 'any' | 'lossless';
    /** How often a downloading torrent is asked for its progress. */
    pollMs: number;
    /** A cancelled album's torrent is removed from the client; its files stay only when this is set. */
    keepDataOnCancel: boolean;
    /** When finished torrents are checked against the seeding limits (cron); null = never removed. */
    seedingSchedule: string | null;
  };
  dashboard: {
    /** When current weeks (and weeks whose listens changed) are aggregated again (cron); null = only on request. */
    refreshSchedule: string | null;
    /** When finished weeks are closed and taste maps fitted again (cron); null = only on request. */
    weeklySchedule: string | null;
    /** CUSUM alarm level of the change points, in standard deviations. */
    changeThreshold: number;
  };
  jobs: {
    maxAttempts: number;
    retryBaseMs: number;
    retryMaxMs: number;
    leaseMs: number;
    heartbeatMs: number;
  };
}
