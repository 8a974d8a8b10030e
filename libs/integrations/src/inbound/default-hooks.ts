import { ApiRoutes, WebhookAction, WebhookSource } from '@app/contracts';

/** What each source's events do until a person changes it. */
export const DEFAULT_EVENTS: Record<WebhookSource, Record<string, WebhookAction>> = {
  [WebhookSource.Jellyfin]: {
    ItemAdded: WebhookAction.ImportIfPoorTags,
    UserDataSaved: WebhookAction.Ignore,
    PlaybackStop: WebhookAction.Listen,
  },
  [WebhookSource.Lidarr]: { Download: WebhookAction.Import },
  [WebhookSource.Request]: { request: WebhookAction.Request },
};

/** The actions that make sense for each source's events. */
export const ALLOWED_ACTIONS: Record<WebhookSource, readonly WebhookAction[]> = {
  [WebhookSource.Jellyfin]: Object.values(WebhookAction),
  [WebhookSource.Lidarr]: [WebhookAction.Import, WebhookAction.Ignore],
  [WebhookSource.Request]: [WebhookAction.Request, WebhookAction.Ignore],
};

export const webhookPath = (source: WebhookSource): string => `/${ApiRoutes.prefix}/${ApiRoutes.webhooks}/${source}`;
