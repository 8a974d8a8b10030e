export * from './parsed-request.js';
export * from './parse-request.js';
export * from './clean-title.js';
export * from './featuring.js';
export * from './version-markers.js';
export * from './candidate-splits.js';
export * from './normalize.js';
