export { IntegrationsModule } from './integrations.module.js';

/** Entities of the integration tables, registered with the data source by the app. */
export { INTEGRATION_ENTITIES } from './integration-entities.js';

/** Health notifications: a problem the given check finds is notified once. */
export { HealthWatcher } from './outbound/health-watcher.js';
