import { Controller, Header, type MessageEvent, Query, Sse } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Observable } from 'rxjs';
import { ApiRoutes } from '@app/contracts';
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
  @ApiOperation({ summary: 'Stream of job.created, job.updated and job.progress events; a comment every 15 s' })
  @ApiProduces('text/event-stream')
  @ApiOkResponse({ description: '`event: <type>` with the JobStreamMessage as JSON `data`' })
  @ApiErrors(400)
  stream(@Query() query: EventsQuery): Observable<MessageEvent> {
    return jobEventStream(this.bus, { jobId: query.jobId });
  }
}
