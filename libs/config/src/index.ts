export type { AppConfig, LogLevel, ProcessRole } from './app-config.js';
export { ENV_KEYS, ConfigValidationError, loadConfig, readConfigFile } from './load-config.js';
export type { RawSettings } from './load-config.js';
export { APP_CONFIG, ConfigModule } from './config.module.js';
