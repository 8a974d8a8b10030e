import { errorResponses } from '@app/platform';

/** The error answers of the dashboard routes. */
export const DashboardApiErrors = errorResponses({
  400: 'Invalid input; `errors` names each offending field',
  404: 'No such listener, or nothing aggregated for the week asked for',
});
