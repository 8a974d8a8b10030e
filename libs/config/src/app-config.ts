export type LogLevel = 'error' | 'warn' | 'info' | 'debug' | 'verbose';
export type ProcessRole = 'all' | 'api' | 'worker';

/** The validated configuration every module reads; built once at boot. */
export interface AppConfig {
  server: { host: string; port: number; allowedOrigins: string[] };
  log: { level: LogLevel };
  paths: { dataDir: string; libraryRoot: string; tmpDir: string; adminDir: string };
  db: { url: string; type: 'sqlite' | 'postgres' };
  queue: { redisUrl: string | undefined; role: ProcessRole; concurrency: number; pollMs: number };
  jobs: {
    maxAttempts: number;
    retryBaseMs: number;
    retryMaxMs: number;
    leaseMs: number;
    heartbeatMs: number;
  };
}
