export { AbortError, isAbortError } from './abort.error.js';
export { CLOCK, SystemClock } from './clock.js';
export type { Clock } from './clock.js';
export { PlatformModule } from './platform.module.js';
export { ProcessRunner } from './process-runner.js';
export type { RunOptions, RunResult } from './process-runner.js';
export { HttpClient, parseRetryAfter } from './http-client.js';
export type { HttpClientOptions, HttpRequest, HttpResult } from './http-client.js';
export { pathExists } from './path-exists.js';
