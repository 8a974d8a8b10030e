import { applyDecorators, Controller, UseFilters, UseInterceptors } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { LidarrExceptionFilter } from './lidarr-exception.filter.js';
import { StripNullsInterceptor } from './strip-nulls.interceptor.js';

/** The Lidarr API's base path; routes are matched case-insensitively, with or without a trailing slash. */
export const LIDARR_PREFIX = 'api/v1';

/** A controller of the Lidarr-compatible API: Lidarr's error shapes, and null fields left out. */
export function LidarrController(path: string): ClassDecorator {
  return applyDecorators(
    Controller(`${LIDARR_PREFIX}/${path}`),
    ApiTags('Lidarr compatibility'),
    UseFilters(LidarrExceptionFilter),
    UseInterceptors(StripNullsInterceptor),
  );
}
