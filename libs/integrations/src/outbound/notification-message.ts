import { IntegrationEvent } from '@app/contracts';

/** Something that happened to a job (or to TrueTrack) that integrations may be told about. */
export interface OutboundEvent {
  type: IntegrationEvent;
  at: number;
  jobId?: string;
  query?: string;
  jobKind?: string;
  state?: string;
  /** The stored file (import). */
  path?: string;
  /** Why it failed, what it waits for, what is unhealthy. */
  reason?: string;
}

/** A notification, once: a title and a line for chat services, and the JSON a generic webhook receives. */
export interface NotificationMessage {
  event: IntegrationEvent;
  title: string;
  text: string;
  payload: Record<string, unknown>;
}

/** Lidarr's `eventType` names, so tools that read Lidarr webhooks read TrueTrack's. */
const LIDARR_EVENT_TYPE: Record<IntegrationEvent, string> = {
  [IntegrationEvent.Grab]: 'Grab',
  [IntegrationEvent.Import]: 'Download',
  [IntegrationEvent.Failure]: 'DownloadFailure',
  [IntegrationEvent.NeedsInput]: 'ManualInteractionRequired',
  [IntegrationEvent.Health]: 'Health',
  [IntegrationEvent.Test]: 'Test',
};

const TITLES: Record<IntegrationEvent, string> = {
  [IntegrationEvent.Grab]: 'Downloading',
  [IntegrationEvent.Import]: 'Imported',
  [IntegrationEvent.Failure]: 'Failed',
  [IntegrationEvent.NeedsInput]: 'Needs your choice',
  [IntegrationEvent.Health]: 'Health warning',
  [IntegrationEvent.Test]: 'Test notification',
};

export function buildNotification(event: OutboundEvent): NotificationMessage {
  const subject = event.query ?? 'TrueTrack';
  const text = describe(event);
  return {
    event: event.type,
    title: `TrueTrack – ${TITLES[event.type]}`,
    text,
    payload: {
      eventType: LIDARR_EVENT_TYPE[event.type],
      instanceName: 'TrueTrack',
      applicationUrl: '',
      message: text,
      ...(event.jobId ? { job: { id: event.jobId, query: subject, kind: event.jobKind, state: event.state } } : {}),
      ...(event.path ? { trackFiles: [{ path: event.path }] } : {}),
      ...(event.reason ? { reason: event.reason } : {}),
      date: new Date(event.at).toISOString(),
    },
  };
}

function describe(event: OutboundEvent): string {
  const subject = event.query ? `"${event.query}"` : 'A job';
  switch (event.type) {
    case IntegrationEvent.Grab:
      return `${subject} is downloading`;
    case IntegrationEvent.Import:
      return event.path ? `${subject} landed in the library: ${event.path}` : `${subject} landed in the library`;
    case IntegrationEvent.Failure:
      return `${subject} failed${event.reason ? `: ${event.reason}` : ''}`;
    case IntegrationEvent.NeedsInput:
      return `${subject} waits for a choice${event.reason ? `: ${event.reason}` : ''}`;
    case IntegrationEvent.Health:
      return event.reason ?? 'TrueTrack reports a health problem';
    case IntegrationEvent.Test:
      return 'TrueTrack can reach this service';
  }
}
