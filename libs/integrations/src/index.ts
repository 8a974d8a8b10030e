export { IntegrationsModule, type IntegrationsModuleOptions } from './integrations.module.js';

/** Entities of the integration tables, registered with the data source by the app. */
export { INTEGRATION_ENTITIES } from './integration-entities.js';

/** Health notifications: a problem the given check finds is notified once. */
export { type HealthCheck, type HealthProblem, HealthWatcher } from './outbound/health-watcher.js';
