export * from './jobs/index.js';
export * from './errors/index.js';
