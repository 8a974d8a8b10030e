import { ANALYSIS_SETTINGS } from './analysis.js';
import { AUTH_SETTINGS } from './auth.js';
import { CONVERSATION_SETTINGS } from './conversation.js';
import { DASHBOARD_SETTINGS } from './dashboard.js';
import { DOWNLOAD_SETTINGS } from './download.js';
import { ENGINE_SETTINGS } from './engine.js';
import { LIBRARY_SETTINGS } from './library.js';
import { LISTENING_SETTINGS } from './listening.js';
import { PROVIDER_SETTINGS } from './providers.js';
import type { SettingsTree } from './setting.js';
import { TORRENT_SETTINGS } from './torrents.js';
import { WATCH_SETTINGS } from './watch.js';

/**
 * The settings, one file per README section; each section is the table between `<!-- settings:<id> -->` and
 * `<!-- /settings:<id> -->`, and its keys are `AppConfig` groups no other section declares.
 */
export const SETTING_SECTIONS = {
  engine: ENGINE_SETTINGS,
  auth: AUTH_SETTINGS,
  providers: PROVIDER_SETTINGS,
  listening: LISTENING_SETTINGS,
  download: DOWNLOAD_SETTINGS,
  library: LIBRARY_SETTINGS,
  analysis: ANALYSIS_SETTINGS,
  watch: WATCH_SETTINGS,
  dashboard: DASHBOARD_SETTINGS,
  conversation: CONVERSATION_SETTINGS,
  torrents: TORRENT_SETTINGS,
} satisfies Record<string, SettingsTree>;

type Sections = typeof SETTING_SECTIONS;
/** The sections' groups as one object type: the union of the sections turned into their intersection. */
type AllGroups = (
  Sections[keyof Sections] extends infer S ? (S extends unknown ? (all: S) => void : never) : never
) extends (all: infer I) => void
  ? I
  : never;

/** Every setting, where its value lands in `AppConfig`; the loader reads them in this order. */
export const SETTINGS = Object.assign({}, ...Object.values(SETTING_SECTIONS)) as AllGroups;
