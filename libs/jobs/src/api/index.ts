import { EventsController } from './events.controller.js';
import { JobsController } from './jobs.controller.js';
import { ListsController } from './lists.controller.js';

/** The job API's controllers, for `JobsModule.forRoot({ controllers })`. */
export const JOB_API_CONTROLLERS = [JobsController, ListsController, EventsController];

export { EventsController, JobsController, ListsController };
export { JobResponse } from './dto/job.response.js';
