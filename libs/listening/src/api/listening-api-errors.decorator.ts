import { errorResponses } from '@app/platform';

/** The error answers of the listening routes under /api/v1. */
export const ListeningApiErrors = errorResponses({
  400: 'Invalid input; `errors` names each offending field',
  404: 'No listener with this id',
  409: 'A listener with this name exists already',
  413: 'The file is larger than 64 MB',
});
