import { applyDecorators } from '@nestjs/common';
import { ApiResponse } from '@nestjs/swagger';
import { ApiErrorResponse } from './api-error.response.js';

/** A decorator documenting a route's error answers, all shaped as `ApiErrorBody`, with these descriptions. */
export const errorResponses =
  (descriptions: Record<number, string>) =>
  (...statuses: number[]) =>
    applyDecorators(
      ...statuses.map((status) => ApiResponse({ status, description: descriptions[status], type: ApiErrorResponse })),
    );
