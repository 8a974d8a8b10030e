export * from './transitions.js';
export * from './backoff.js';
