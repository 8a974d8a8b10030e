import { EventsController } from './events.controller.js';
import { JobsController } from './jobs.controller.js';
import { ListsController } from './lists.controller.js';

/** The job API's controllers, for `JobsModule.forRoot({ controllers })`. */
export const JOB_API_CONTROLLERS = [JobsController, ListsController, EventsController];

export { EventsController, JobsController, ListsController };
export { ApiValidationPipe } from './http/api-validation.pipe.js';
export { HttpErrorFilter } from './http/http-error.filter.js';
export { InvalidRequestException, type FieldError } from './http/invalid-request.exception.js';
export { JSON_BODY_OPTIONS, MAX_BODY_BYTES } from './http/json-body.js';
export { JobResponse } from './dto/job.response.js';
export { errorResponses } from './api-errors.decorator.js';
