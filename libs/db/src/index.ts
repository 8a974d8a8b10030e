export { buildDataSourceOptions, openDataSource } from './data-source.js';
export type { EntityList } from './data-source.js';
export { DbModule } from './db.module.js';
export { MIGRATIONS } from './migrations/index.js';
export { TransactionRunner } from './transaction-runner.js';
export { epochMs, flag, json } from './column-transformers.js';
export { SettingEntity } from './settings/setting.entity.js';
export { SettingsStore } from './settings/settings.store.js';
