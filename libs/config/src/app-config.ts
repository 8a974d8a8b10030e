import type { SETTINGS } from './settings/index.js';
import type { ProviderId } from './settings/providers.js';
import type { Loaded } from './settings/setting.js';

export { PROVIDER_IDS, type ProviderId } from './settings/providers.js';
export { UPGRADE_POLICIES, type UpgradePolicy } from './settings/library.js';
export type { LogLevel, ProcessRole } from './settings/engine.js';

/** What the declared settings load into, before the values worked out from several of them. */
export type LoadedSettings = Loaded<typeof SETTINGS>;

/** Values no single setting gives: worked out in `derived-config.ts` from the data folder and the database URL. */
interface DerivedValues {
  paths: { tmpDir: string; adminDir: string };
  db: { url: string; type: 'sqlite' | 'postgres' };
}

type Flat<T> = { [K in keyof T]: T[K] };

/** The validated configuration every module reads; built once at boot from the declarations in `settings/`. */
export type AppConfig = {
  [G in keyof LoadedSettings]: G extends keyof DerivedValues
    ? Flat<Omit<LoadedSettings[G], keyof DerivedValues[G]> & DerivedValues[G]>
    : LoadedSettings[G];
};

export type ProviderConfig = AppConfig['providers'][ProviderId];
/** Naming templates (Lidarr-like tokens) for the three kinds of release a track can belong to. */
export type NamingTemplates = AppConfig['library']['templates'];
