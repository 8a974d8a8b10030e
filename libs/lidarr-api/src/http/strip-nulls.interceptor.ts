import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import { type Observable, map } from 'rxjs';
import { stripNulls } from './strip-nulls.js';

/** Answers of the Lidarr API leave null fields out, as Lidarr does. */
@Injectable()
export class StripNullsInterceptor implements NestInterceptor {
  intercept(_context: ExecutionContext, next: CallHandler): Observable<unknown> {
    return next.handle().pipe(map(stripNulls));
  }
}
