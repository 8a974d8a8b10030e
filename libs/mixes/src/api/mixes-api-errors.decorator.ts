import { errorResponses } from '@app/platform';

/** The error answers of the mix routes under /api/v1. */
export const MixesApiErrors = errorResponses({
  400: 'Invalid input; `errors` names each offending field',
  404: 'No mix (or line) with this id',
  409: 'The mix is being split already',
});
