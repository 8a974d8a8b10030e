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

/** The README's settings sections: each is the table between `<!-- settings:<id> -->` and `<!-- /settings:<id> -->`. */
export const SETTING_SECTIONS: Readonly<Record<string, SettingsTree>> = {
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
};

/** Every setting, where its value lands in `AppConfig`; the loader reads them in this order. */
export const SETTINGS = {
  ...ENGINE_SETTINGS,
  ...AUTH_SETTINGS,
  ...PROVIDER_SETTINGS,
  ...LISTENING_SETTINGS,
  ...DOWNLOAD_SETTINGS,
  ...LIBRARY_SETTINGS,
  ...ANALYSIS_SETTINGS,
  ...WATCH_SETTINGS,
  ...DASHBOARD_SETTINGS,
  ...CONVERSATION_SETTINGS,
  ...TORRENT_SETTINGS,
};
