export * from './transitions.js';
export * from './backoff.js';
export * from './children-summary.js';
