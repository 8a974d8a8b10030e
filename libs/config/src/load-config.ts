import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { AppConfig, LoadedSettings } from './app-config.js';
import { crossSettingProblems, withDerivedValues } from './derived-config.js';
import { SETTINGS } from './settings/index.js';
import { eachSetting, type Setting } from './settings/setting.js';

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
  const known = new Map([...eachSetting(SETTINGS)].map(([, setting]) => [setting.name, setting]));
  const problems: string[] = [];
  const settings: RawSettings = {};
  for (const [name, value] of Object.entries(parsed)) {
    const setting = known.get(name);
    if (!setting) problems.push(`${name} (in truetrack.yml): is not a known setting`);
    else if (setting.envOnly) problems.push(`${name} (in truetrack.yml): can only be set in the environment`);
    else if (value !== null && typeof value === 'object')
      problems.push(`${name} (in truetrack.yml): must be a single value`);
    else settings[name] = value === null ? undefined : String(value);
  }
  if (problems.length) throw new ConfigValidationError(problems);
  return settings;
}

/** Builds the typed configuration from the declared settings; the environment wins over `truetrack.yml`. */
export function loadConfig(env: RawSettings = process.env): AppConfig {
  const problems: string[] = [];
  const read = <V>(setting: Setting<V>, source: RawSettings): V => {
    const raw = source[setting.name] ?? setting.defaultValue;
    if (raw === undefined) return undefined as V;
    const parsed = setting.read(raw);
    if ('error' in parsed) {
      problems.push(`${setting.name}: ${parsed.error} (got ${shownValue(setting, raw)})`);
      return undefined as V;
    }
    return parsed.value;
  };

  const fromEnv = definedOnly(env);
  // Environment-only settings (the data folder) are read first: they say where truetrack.yml is.
  const envOnly = new Map(
    [...eachSetting(SETTINGS)].filter(([, setting]) => setting.envOnly).map(([, s]) => [s, read(s, fromEnv)]),
  );
  const dataDir = envOnly.get(SETTINGS.paths.dataDir) as string | undefined;
  const fromFile = problems.length || dataDir === undefined ? {} : readConfigFile(dataDir);
  const source: RawSettings = { ...fromFile, ...fromEnv };

  const loaded: Record<string, unknown> = {};
  for (const [path, setting] of eachSetting(SETTINGS)) {
    setAt(loaded, path, setting.envOnly ? envOnly.get(setting) : read(setting, source));
  }
  if (problems.length) throw new ConfigValidationError(problems);
  const config = withDerivedValues(loaded as LoadedSettings);
  const crossProblems = crossSettingProblems(config);
  if (crossProblems.length) throw new ConfigValidationError(crossProblems);
  return config;
}

function setAt(tree: Record<string, unknown>, path: string[], value: unknown): void {
  const group = path.slice(0, -1).reduce<Record<string, unknown>>((at, key) => {
    at[key] ??= {};
    return at[key] as Record<string, unknown>;
  }, tree);
  group[path.at(-1)!] = value;
}

/** How a rejected value is quoted: shortened, a URL's password masked, a secret not at all. */
function shownValue(setting: Setting<unknown>, raw: string): string {
  if (setting.secret) return `${[...raw].length} characters, not shown`;
  return JSON.stringify(redactCredentials(raw.length > 80 ? raw.slice(0, 80) + '…' : raw));
}

/** A rejected URL may carry a password; the boot log must not. */
function redactCredentials(raw: string): string {
  return raw.replace(/\/\/([^/@:\s]*):[^/@\s]*@/, '//$1:***@');
}

function definedOnly(env: RawSettings): RawSettings {
  return Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
}
