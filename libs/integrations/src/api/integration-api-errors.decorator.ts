import { errorResponses } from '@app/platform';

/** The error answers of the integration and webhook routes. */
export const IntegrationApiErrors = errorResponses({
  400: 'Invalid input; `errors` names each offending field',
  401: 'Neither the webhook secret nor the API key was given',
  403: 'The webhook is turned off',
  404: 'No integration with this id',
  413: 'The body is larger than 1 MB',
  422: 'The file is outside the library and the import folders',
});
