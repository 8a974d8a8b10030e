import { join, resolve } from 'node:path';
import type { AppConfig, LoadedSettings } from './app-config.js';
import { SETTINGS } from './settings/index.js';

/** The values worked out from several settings: folders under the data folder, the database and its kind. */
export function withDerivedValues(settings: LoadedSettings): AppConfig {
  const { dataDir } = settings.paths;
  const dbUrl = settings.db.url ?? `sqlite:${join(dataDir, 'truetrack.db')}`;
  return {
    ...settings,
    paths: { ...settings.paths, tmpDir: join(dataDir, 'tmp'), adminDir: resolve('dist/admin/browser') },
    db: { url: dbUrl, type: dbUrl.startsWith('sqlite:') ? 'sqlite' : 'postgres' },
    library: { ...settings.library, importDirs: [join(dataDir, 'import'), ...settings.library.importDirs] },
  };
}

/** Rules between settings; each names the variable to change. */
export function crossSettingProblems(config: AppConfig): string[] {
  const problems: string[] = [];
  if (config.jobs.heartbeatMs >= config.jobs.leaseMs) {
    const { heartbeatMs, leaseMs } = SETTINGS.jobs;
    problems.push(`${heartbeatMs.name}: must be shorter than ${leaseMs.name}`);
  }
  return problems;
}
