import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type AppConfig, loadConfig } from '@app/config';
import { type DeepPartial, deepMerge } from './deep-merge.js';
import { offlineProviders } from './offline-providers.js';

/** The API key every test configuration carries (clients in tests send it). */
export const TEST_API_KEY = 'truetrack-test-api-key-0123456789';

/**
 * A valid configuration rooted in a fresh temp folder (SQLite file, library and tmp folders inside it), with
 * timings short enough for tests, then `overrides` laid over it. Built through `loadConfig` so defaults and
 * validation stay the production ones.
 */
export function makeTestConfig(overrides?: DeepPartial<AppConfig>): AppConfig {
  const dataDir = mkdtempSync(join(tmpdir(), 'truetrack-test-'));
  const libraryRoot = join(dataDir, 'library');
  const base = loadConfig({
    TRUETRACK_DATA_DIR: dataDir,
    MUSIC_LIBRARY_ROOT: libraryRoot,
    TRUETRACK_POLL_MS: '20',
    TRUETRACK_LEASE_MS: '2000',
    TRUETRACK_HEARTBEAT_MS: '100',
    TRUETRACK_RETRY_BASE_MS: '20',
    TRUETRACK_RETRY_MAX_MS: '200',
    TRUETRACK_JOB_MAX_ATTEMPTS: '3',
    TRUETRACK_WORKER_CONCURRENCY: '2',
    TRUETRACK_API_KEY: TEST_API_KEY,
    // Tests of other features would find analysis jobs beside their own; the analysis tests turn it on.
    TRUETRACK_ANALYSIS_AUTO: 'false',
    // Watchers would make import jobs of the files other tests put in the import folder; the watch tests turn it on.
    TRUETRACK_WATCH: 'false',
  });
  mkdirSync(libraryRoot, { recursive: true });
  mkdirSync(base.paths.tmpDir, { recursive: true });
  return deepMerge({ ...base, providers: offlineProviders() }, overrides);
}
