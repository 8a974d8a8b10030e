import { Controller, Header, type MessageEvent, Query, Req, Sse } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import type { Observable } from 'rxjs';
import { ApiRoutes } from '@app/contracts';
import { requestPerson } from '@app/platform';
import { JobEventBus } from '../events/job-event-bus.js';
import { ApiErrors } from './api-errors.decorator.js';
import { EventsQuery } from './dto/events.query.js';
import { jobEventStream } from './job-event-stream.js';

/** Live job events as Server-Sent Events. */
@ApiTags('events')
@Controller(`${ApiRoutes.prefix}/${ApiRoutes.events}`)
export class EventsController {
  constructor(private readonly bus: JobEventBus) {}

  @Sse()
  // nginx buffers responses unless told otherwise, which would hold events back.
  @Header('X-Accel-Buffering', 'no')
  @ApiOperation({
    summary:
      'Stream of job.created, job.updated, job.progress and library.scan events, and search.answered for the ' +
      "caller's own searches only; a comment every 15 s",
  })
  @ApiProduces('text/event-stream')
  @ApiOkResponse({ description: '`event: <type>` with the JobStreamMessage as JSON `data`' })
  @ApiErrors(400)
  stream(@Req() request: Request, @Query() query: EventsQuery): Observable<MessageEvent> {
    return jobEventStream(this.bus, { jobId: query.jobId, viewer: requestPerson(request) });
  }
}
