export * from './transitions.js';
export * from './backoff.js';
export * from './children-summary.js';
export * from './step-shapes.js';
