export { PROVIDER_IDS } from './app-config.js';
export type { AppConfig, LogLevel, ProcessRole, ProviderConfig, ProviderId } from './app-config.js';
export { ENV_KEYS, PROVIDER_KEYS, ConfigValidationError, loadConfig, readConfigFile } from './load-config.js';
export type { RawSettings } from './load-config.js';
export { APP_CONFIG, ConfigModule } from './config.module.js';
