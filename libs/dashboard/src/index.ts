export { DashboardModule } from './dashboard.module.js';
/** Entities of the dashboard tables, registered with the data source by the app. */
export { DASHBOARD_ENTITIES } from './dashboard-entities.js';
/** One refresh of the weekly aggregates and taste maps (the schedules' work), for benchmarks and tests. */
export { DashboardRefresh } from './aggregate/dashboard-refresh.service.js';
