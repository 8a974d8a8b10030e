export { OpsModule } from './ops.module.js';
export { createLogger } from './logging/log-files.js';
export { ProcessResources } from './runtime/process-resources.js';
export { type LogLineDto } from './logging/log-line.js';
export { restoreDatabase, RestoreRefusedError } from './backup/restore-database.js';
export { claimPidFile } from './runtime/pid-file.js';
export { startupLines } from './runtime/startup-lines.js';
export { securityHeaders } from './http/security-headers.js';
