import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Injectable, Logger, type NestMiddleware } from '@nestjs/common';
import { withLogContext } from '@app/platform';
import { scrubSecrets } from './scrub-secrets.js';

export const REQUEST_ID_HEADER = 'x-request-id';

/** A caller's own id is kept when it is a harmless token; anything else gets a fresh one. */
const ACCEPTED_ID = /^[\w.:-]{1,128}$/;

/** Probes ask every few seconds; at info they would push everything else out of the rotated files. */
const QUIET_PATHS = /^\/(ping|metrics)(\?|$)/;

/**
 * Gives every request an id (echoed as `X-Request-Id`), runs it in a log context carrying that id, and logs it
 * once when answered: method, path (secrets scrubbed), status and duration.
 */
@Injectable()
export class RequestLogMiddleware implements NestMiddleware {
  private readonly logger = new Logger('Http');

  use(req: IncomingMessage & { originalUrl?: string }, res: ServerResponse, next: () => void): void {
    const offered = req.headers[REQUEST_ID_HEADER];
    const reqId = typeof offered === 'string' && ACCEPTED_ID.test(offered) ? offered : randomUUID();
    res.setHeader('X-Request-Id', reqId);
    const startedAt = performance.now();
    res.once('close', () => this.logAnswered(req, res, reqId, startedAt));
    withLogContext({ reqId }, next);
  }

  private logAnswered(req: IncomingMessage & { originalUrl?: string }, res: ServerResponse, reqId: string, at: number) {
    const path = scrubSecrets(req.originalUrl ?? req.url ?? '/');
    const method = req.method ?? 'GET';
    const status = res.writableFinished ? res.statusCode : 499;
    const ms = Math.round(performance.now() - at);
    const line = { msg: `${method} ${path} ${status} (${ms} ms)`, reqId, method, path, status, ms };
    if (QUIET_PATHS.test(path)) this.logger.debug(line);
    else this.logger.log(line);
  }
}
