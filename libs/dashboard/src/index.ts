export { DashboardModule } from './dashboard.module.js';
/** Entities of the dashboard tables, registered with the data source by the app. */
export { DASHBOARD_ENTITIES } from './dashboard-entities.js';
