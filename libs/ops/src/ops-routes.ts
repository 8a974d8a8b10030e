/** Paths of the operations routes; `system/…` ones live under the API prefix `api/v1`. */
export const OpsRoutes = {
  systemLogs: 'system/logs',
  systemBackups: 'system/backups',
  metrics: 'metrics',
} as const;
