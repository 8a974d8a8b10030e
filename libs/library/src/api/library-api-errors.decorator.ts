import { applyDecorators } from '@nestjs/common';
import { ApiResponse } from '@nestjs/swagger';
import { LibraryErrorResponse } from './dto/library-scan.response.js';

const DESCRIPTIONS: Record<number, string> = {
  400: 'Invalid input; `errors` names each offending field',
  403: "The track's file lies outside the library root",
  404: 'No track (or scan) with this id, or its file is gone',
  409: 'A scan is already running; the message names it',
  416: 'The range starts past the end of the file; Content-Range tells the size',
};

/** Documents the error answers of a library route, all shaped as `ApiErrorBody`. */
export const LibraryApiErrors = (...statuses: number[]) =>
  applyDecorators(
    ...statuses.map((status) => ApiResponse({ status, description: DESCRIPTIONS[status], type: LibraryErrorResponse })),
  );
