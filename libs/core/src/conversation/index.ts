export * from './constraints.js';
export * from './parse-conversation.js';
