/** Media servers TrueTrack asks to rescan, and services it notifies. */
export enum IntegrationKind {
  Jellyfin = 'jellyfin',
  Subsonic = 'subsonic',
  Plex = 'plex',
  Webhook = 'webhook',
  Discord = 'discord',
  Ntfy = 'ntfy',
  Gotify = 'gotify',
}

/** Kinds that rescan their library when tracks land; the others send notifications. */
export const RESCAN_KINDS: readonly IntegrationKind[] = [
  IntegrationKind.Jellyfin,
  IntegrationKind.Subsonic,
  IntegrationKind.Plex,
];

/** What an outbound integration may be told about (Lidarr-like event names). */
export enum IntegrationEvent {
  /** A job started downloading. */
  Grab = 'grab',
  /** A track landed in the library (FINALIZED). */
  Import = 'import',
  Failure = 'failure',
  /** A job waits for a person's choice. */
  NeedsInput = 'needs-input',
  Health = 'health',
  Test = 'test',
}

/** An integration as the API shows it: secret settings are masked. */
export interface IntegrationDto {
  id: string;
  kind: IntegrationKind;
  name: string;
  enabled: boolean;
  /** Base URL, user, topic…; secrets (tokens, passwords, webhook URLs) shown as `********` plus their last characters. */
  settings: Record<string, string>;
  events: IntegrationEvent[];
  createdAt: string;
  updatedAt: string;
}

/** Body of `POST /api/v1/integrations` and `PUT /api/v1/integrations/:id`. */
export interface SaveIntegrationRequest {
  kind: IntegrationKind;
  name: string;
  enabled?: boolean;
  /** A masked secret sent back unchanged keeps the stored one. */
  settings: Record<string, string>;
  events?: IntegrationEvent[];
}

/** What `POST /api/v1/integrations/:id/test` found. */
export interface IntegrationTestDto {
  ok: boolean;
  message: string;
  /** The HTTP status the service answered, when it answered. */
  status?: number;
}

/** Sources of inbound webhooks. */
export enum WebhookSource {
  Jellyfin = 'jellyfin',
  Lidarr = 'lidarr',
  Request = 'request',
}

/** What an inbound event makes TrueTrack do. */
export enum WebhookAction {
  /** An `import` job for the file, whatever its tags. */
  Import = 'import',
  /** An `import` job only when the item lacks MusicBrainz ids, an album or an artist. */
  ImportIfPoorTags = 'import-if-poor-tags',
  /** A track job for "Artist - Title". */
  Request = 'request',
  /** A listen for the listener named like the Jellyfin user, when played past half or 4 minutes (PlaybackStop). */
  Listen = 'listen',
  Ignore = 'ignore',
}

/** One inbound webhook as `GET /api/v1/webhooks` lists it. */
export interface WebhookDto {
  source: WebhookSource;
  enabled: boolean;
  /** Path to give the sending tool, relative to TrueTrack's address. */
  path: string;
  /** The shared secret: `X-Webhook-Secret` header or `secret` query parameter. */
  secret: string;
  /** Event name (as the source sends it) → action; events not listed are logged and ignored. */
  events: Record<string, WebhookAction>;
}

/** Body of `PUT /api/v1/webhooks/:source`. */
export interface UpdateWebhookRequest {
  enabled?: boolean;
  /** A new random secret replaces the old one. */
  rotateSecret?: boolean;
  events?: Record<string, WebhookAction>;
}

/** Body of `POST /api/v1/webhooks/request`: a query, a URL, or an artist and a title. */
export interface WebhookRequestBody {
  query?: string;
  url?: string;
  artist?: string;
  title?: string;
}

/** What an inbound webhook answers. */
export interface WebhookResultDto {
  deliveryId: string;
  outcome: DeliveryOutcome;
  jobIds: string[];
  message: string;
}

export type DeliveryDirection = 'in' | 'out';

/**
 * in: `jobs-created`, `listen-recorded` (a Jellyfin PlaybackStop), `ignored`, `rejected` (bad body, refused path); out: `pending` (waits for its next try),
 * `sent`, `failed` (every try failed).
 */
export type DeliveryOutcome =
  'jobs-created' | 'listen-recorded' | 'ignored' | 'rejected' | 'pending' | 'sent' | 'failed';

/** One webhook received or one call made to an integration. */
export interface DeliveryDto {
  id: string;
  direction: DeliveryDirection;
  /** in: the webhook source; out: the integration's kind. */
  source: string;
  integrationId: string | null;
  event: string;
  outcome: DeliveryOutcome;
  httpStatus: number | null;
  attempts: number;
  nextAttemptAt: string | null;
  error: string | null;
  jobIds: string[];
  summary: string;
  createdAt: string;
  updatedAt: string;
}

/** Query of `GET /api/v1/deliveries`. */
export interface ListDeliveriesQuery {
  direction?: DeliveryDirection;
  source?: string;
  page?: number;
  pageSize?: number;
}
