export { IntegrationsModule, type IntegrationsModuleOptions } from './integrations.module.js';

/** Entities of the integration tables, registered with the data source by the app. */
export { INTEGRATION_ENTITIES } from './integration-entities.js';

/** The integrations API's service, and the relay that turns events into rescans and notifications. */
export { IntegrationsService } from './api/integrations.service.js';
export { IntegrationRelay } from './outbound/integration-relay.service.js';
/** Health notifications: a problem the given check finds is notified once. */
export { type HealthCheck, type HealthProblem, HealthWatcher } from './outbound/health-watcher.js';
export type { OutboundEvent } from './outbound/notification-message.js';
export type { ImportPlace, LocateImport } from './inbound/import-gate.js';
export { DELIVERY_ATTEMPTS } from './outbound/delivery-sender.service.js';
