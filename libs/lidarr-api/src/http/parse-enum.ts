/**
 * A value of a Lidarr enum sent as its name in any case or as its integer position, the way Lidarr's
 * JsonStringEnumConverter(allowIntegerValues) reads it; undefined when it is neither.
 */
export function parseEnum<T extends string>(value: unknown, values: readonly T[]): T | undefined {
  if (typeof value === 'number' && Number.isInteger(value)) return values[value];
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return values[Number(text)];
  return values.find((name) => name.toLowerCase() === text.toLowerCase());
}

/** Lidarr's MonitorTypes in declaration order (their integer values). */
export const MONITOR_TYPES = ['all', 'future', 'missing', 'existing', 'latest', 'first', 'none', 'unknown'] as const;
export type MonitorType = (typeof MONITOR_TYPES)[number];

export const NEW_ITEM_MONITOR_TYPES = ['all', 'none', 'new'] as const;
export type NewItemMonitorType = (typeof NEW_ITEM_MONITOR_TYPES)[number];

export const SORT_DIRECTIONS = ['default', 'ascending', 'descending'] as const;
export type SortDirection = (typeof SORT_DIRECTIONS)[number];
