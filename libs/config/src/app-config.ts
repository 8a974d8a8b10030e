/** External services TrueTrack asks; each can point at a mirror (or a loopback fake in tests). */
export const PROVIDER_IDS = ['musicbrainz', 'itunes', 'deezer', 'coverartarchive', 'youtube_music', 'lrclib'] as const;
export type ProviderId = (typeof PROVIDER_IDS)[number];

export interface ProviderConfig {
  baseUrl: string;
  enabled: boolean;
}

export type LogLevel = 'error' | 'warn' | 'info' | 'debug' | 'verbose';
export type ProcessRole = 'all' | 'api' | 'worker';

/** The validated configuration every module reads; built once at boot. */
export interface AppConfig {
  server: { host: string; port: number; allowedOrigins: string[] };
  log: { level: LogLevel };
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
  } & Record<ProviderId, ProviderConfig>;
  tools: {
    ytdlp: string;
    ffmpeg: string;
    ffprobe: string;
    downloadTimeoutMs: number;
    ffmpegTimeoutMs: number;
    cookiesFile: string | undefined;
    rateLimit: string | undefined;
    proxy: string | undefined;
  };
  acquisition: {
    /** original = keep the source codec; mp3-v0 / mp3-320; flac only from lossless sources. */
    outputPolicy: 'original' | 'mp3-v0' | 'mp3-320' | 'flac';
    /** How many further sources are tried when a download is unusable. */
    sourceFallbacks: number;
  };
  jobs: {
    maxAttempts: number;
    retryBaseMs: number;
    retryMaxMs: number;
    leaseMs: number;
    heartbeatMs: number;
  };
}
