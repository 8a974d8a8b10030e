export * from './types.js';
export * from './distance.js';
export * from './markers.js';
export * from './score-recording.js';
export * from './score-source.js';
export * from './decide.js';
export * from './merge.js';
