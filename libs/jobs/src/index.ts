export { JobsModule, type JobsModuleOptions } from './jobs.module.js';
export { JobsService } from './jobs.service.js';
export { JobEventBus } from './events/job-event-bus.js';
export { StepRegistry } from './engine/step-registry.js';
export { StepHandler } from './engine/step-handler.decorator.js';
export type { CandidateInput, JobSnapshot, PipelineStep, StepContext, StepOutcome } from './engine/step.types.js';
export type { NewJob } from './engine/job-state-machine.service.js';
export { JOB_DISPATCHER, type JobDispatcher } from './dispatch/job-dispatcher.js';
export { JOB_ENTITIES } from './entities/index.js';
