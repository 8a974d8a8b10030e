export * from './jobs/index.js';
export * from './errors/index.js';
export * from './parsing/index.js';
export * from './scoring/index.js';
export * from './lists/index.js';
export * from './naming/index.js';
export * from './analysis/index.js';
export * from './links/index.js';
