import { errorResponses } from '@app/platform';

/** The error answers of the library routes. */
export const LibraryApiErrors = errorResponses({
  400: 'Invalid input; `errors` names each offending field',
  403: "The track's file lies outside the library root",
  404: 'No track (or scan) with this id, or its file is gone',
  409: 'A scan is already running; the message names it',
  416: 'The range starts past the end of the file; Content-Range tells the size',
});
