export * from './tempo-from-beats.js';
export * from './parse-ebur128.js';
export * from './analysis-window.js';
export * from './feature-axes.js';
export * from './initial-key.js';
