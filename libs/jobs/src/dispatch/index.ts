export { JOB_DISPATCHER, type JobDispatcher } from './job-dispatcher.js';
export { InProcessDispatcher } from './in-process.dispatcher.js';
export { BullDispatcher, STEP_QUEUE } from './bull.dispatcher.js';
