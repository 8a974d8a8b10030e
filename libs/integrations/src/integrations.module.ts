import { type DynamicModule, type InjectionToken, Module, type Provider } from '@nestjs/common';
import { AuthModule } from '@app/auth';
import { ListeningModule } from '@app/listening';
import { DeliveriesController } from './api/deliveries.controller.js';
import { IntegrationsController } from './api/integrations.controller.js';
import { IntegrationsService } from './api/integrations.service.js';
import { WebhooksController } from './api/webhooks.controller.js';
import { InboundActions } from './inbound/inbound-actions.js';
import { InboundHooks } from './inbound/inbound-hooks.service.js';
import { InboundWebhooks } from './inbound/inbound-webhooks.service.js';
import { LOCATE_IMPORT, type LocateImport } from './inbound/import-gate.js';
import { WebhookInboxController } from './inbound/webhook-inbox.controller.js';
import { WebhookAccess } from './inbound/webhook-access.js';
import { WebhookBodyErrors } from './inbound/webhook-body-errors.js';
import { WebhookSecretGuard } from './inbound/webhook-secret.guard.js';
import { DeliverySender } from './outbound/delivery-sender.service.js';
import { HEALTH_CHECK, type HealthCheck, HealthWatcher } from './outbound/health-watcher.js';
import { IntegrationRelay } from './outbound/integration-relay.service.js';
import { DeliveryLog } from './store/delivery-log.js';
import { IntegrationStore } from './store/integration-store.js';
import { RescanQueue } from './store/rescan-queue.js';
import { JellyfinTarget } from './targets/jellyfin.target.js';
import { DiscordTarget, GotifyTarget, NtfyTarget, WebhookTarget } from './targets/notification.targets.js';
import { PlexTarget } from './targets/plex.target.js';
import { SubsonicTarget } from './targets/subsonic.target.js';
import { INTEGRATION_TARGETS, type IntegrationTarget } from './targets/target.js';
import { Targets } from './targets/targets.js';

export interface IntegrationsModuleOptions {
  /** The import folder check of `POST /api/v1/import` (the library's `locateImportSource`). */
  locateImport: LocateImport;
  /** What the process can find wrong with itself (the tools' problems): turned into `health` notifications. */
  health?: {
    imports: NonNullable<DynamicModule['imports']>;
    inject: InjectionToken[];
    useFactory: (...dependencies: never[]) => HealthCheck;
  };
}

const TARGETS = [JellyfinTarget, SubsonicTarget, PlexTarget, WebhookTarget, DiscordTarget, NtfyTarget, GotifyTarget];

/** Webhooks in (Jellyfin, Lidarr, requests), rescans and notifications out, and the log of both. */
@Module({})
export class IntegrationsModule {
  static forRoot(options: IntegrationsModuleOptions): DynamicModule {
    const health: Provider[] = options.health
      ? [{ provide: HEALTH_CHECK, inject: options.health.inject, useFactory: options.health.useFactory }]
      : [];
    return {
      module: IntegrationsModule,
      imports: [AuthModule, ListeningModule, ...(options.health?.imports ?? [])],
      controllers: [IntegrationsController, WebhooksController, WebhookInboxController, DeliveriesController],
      providers: [
        ...TARGETS,
        {
          provide: INTEGRATION_TARGETS,
          inject: TARGETS,
          useFactory: (...targets: IntegrationTarget[]) => targets,
        },
        { provide: LOCATE_IMPORT, useValue: options.locateImport },
        Targets,
        IntegrationStore,
        DeliveryLog,
        RescanQueue,
        InboundHooks,
        InboundActions,
        InboundWebhooks,
        WebhookAccess,
        WebhookSecretGuard,
        WebhookBodyErrors,
        DeliverySender,
        IntegrationRelay,
        IntegrationsService,
        HealthWatcher,
        ...health,
      ],
    };
  }
}
