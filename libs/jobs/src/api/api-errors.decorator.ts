import { applyDecorators } from '@nestjs/common';
import { ApiResponse } from '@nestjs/swagger';
import { ApiErrorResponse } from './dto/api-error.response.js';

const DESCRIPTIONS: Record<number, string> = {
  400: 'Invalid input; `errors` names each offending field',
  404: 'No job with this id',
  409: 'The job is not in a state that allows this',
  413: 'The body is larger than 1 MB',
  422: 'The Idempotency-Key was already used with another body',
};

/** Documents the error answers of a route, all shaped as `ApiErrorBody`. */
export const ApiErrors = (...statuses: number[]) =>
  applyDecorators(
    ...statuses.map((status) => ApiResponse({ status, description: DESCRIPTIONS[status], type: ApiErrorResponse })),
  );
