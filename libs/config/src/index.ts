export { PROVIDER_IDS } from './app-config.js';
export type { AppConfig, LogLevel, ProcessRole, ProviderConfig, ProviderId, UpgradePolicy } from './app-config.js';
export { SETTINGS } from './settings/index.js';
export { ConfigValidationError, loadConfig, readConfigFile } from './load-config.js';
export { APP_CONFIG, ConfigModule } from './config.module.js';
