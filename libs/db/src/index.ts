export { buildDataSourceOptions, openDataSource } from './data-source.js';
export { DbModule } from './db.module.js';
export { TransactionRunner } from './transaction-runner.js';
export { epochMs, flag, json } from './column-transformers.js';
export { SettingsStore } from './settings/settings.store.js';
