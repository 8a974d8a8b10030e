import { errorResponses } from '@app/platform';

/** The error answers of the job routes. */
export const ApiErrors = errorResponses({
  400: 'Invalid input; `errors` names each offending field',
  404: 'No job with this id',
  409: 'The job is not in a state that allows this',
  413: 'The body is larger than 1 MB',
  422: 'The Idempotency-Key was already used with another body',
});
