import { cronSchedule, integer } from '../env-schema.js';
import { setting } from './setting.js';

/** Taste dashboard: when listeners' dashboards are refreshed and how sensitive change points are. */
export const DASHBOARD_SETTINGS = {
  dashboard: {
    refreshSchedule: setting(
      'TRUETRACK_DASHBOARD_REFRESH_SCHEDULE',
      "when every listener's dashboard is refreshed besides the refresh a second after their listens change (cron)",
      { default: '0 * * * *', parse: cronSchedule },
    ),
    weeklySchedule: setting(
      'TRUETRACK_DASHBOARD_WEEKLY_SCHEDULE',
      "when finished weeks are closed and each listener's taste map and clusters are fitted again (cron)",
      { default: '30 3 * * 1', parse: cronSchedule },
    ),
    changeThreshold: setting(
      'TRUETRACK_DASHBOARD_CHANGE_THRESHOLD',
      'CUSUM alarm level of the change points, in standard deviations of week-to-week noise (higher: fewer)',
      { default: '5', parse: integer(1, 100) },
    ),
  },
};
