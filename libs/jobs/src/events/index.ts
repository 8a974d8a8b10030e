export { JobEventBus } from './job-event-bus.js';
export { EngineSignals } from './engine-signals.js';
