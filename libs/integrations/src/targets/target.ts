import type { IntegrationKind, IntegrationTestDto } from '@app/contracts';
import type { HttpClient } from '@app/platform';
import type { NotificationMessage } from '../outbound/notification-message.js';

/** One setting of an integration kind. */
export interface SettingField {
  name: string;
  required: boolean;
  /** Shown masked by the API and never logged. */
  secret?: boolean;
  /** Must be an http(s) URL. */
  url?: boolean;
}

export type Settings = Readonly<Record<string, string>>;

/** HTTP clients for a target's base URL, with TrueTrack's timeout and no retries of their own (the sender retries). */
export type HttpFor = (baseUrl: string) => HttpClient;

/** What a rescan call carries: folders as the media server sees them. */
export interface RescanPayload {
  folders: string[];
}

/** A media server or notification service TrueTrack calls. */
export interface IntegrationTarget<P = unknown> {
  readonly kind: IntegrationKind;
  readonly fields: readonly SettingField[];
  /** Asks the service whether the settings work, without changing anything there. */
  test(settings: Settings, http: HttpFor): Promise<IntegrationTestDto>;
  /** Sends one delivery; resolves to the HTTP status of the (last) answer, rejects with the platform's errors. */
  send(settings: Settings, payload: P, http: HttpFor): Promise<number>;
}

export type RescanTarget = IntegrationTarget<RescanPayload>;
export type NotificationTarget = IntegrationTarget<NotificationMessage>;

export const INTEGRATION_TARGETS = Symbol('INTEGRATION_TARGETS');
