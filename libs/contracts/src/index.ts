export * from './job-state.js';
export * from './job.dto.js';
export * from './events.js';
export * from './routes.js';
export * from './parse.dto.js';
export * from './track-metadata.js';
