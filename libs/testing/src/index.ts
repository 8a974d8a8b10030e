export { deepMerge } from './deep-merge.js';
export type { DeepPartial } from './deep-merge.js';
export { FakeClock } from './fake-clock.js';
export { freePort } from './free-port.js';
export { makeTestConfig } from './make-test-config.js';
export * from './scripted-steps.js';
export * from './test-database.js';
export * from './step-completions.js';
