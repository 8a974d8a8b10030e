export * from './constraints.js';
export * from './parse-conversation.js';
export * from './candidate-facts.js';
export * from './questions.js';
export * from './choose-results.js';
export * from './why-line.js';
export * from './check-proposal.js';
export * from './browse-releases.js';
