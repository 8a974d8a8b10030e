/** A copy without null or undefined object fields, at any depth, as Lidarr's serializer leaves them out. */
export function stripNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stripNulls);
  if (typeof value !== 'object' || value === null || value instanceof Date) return value;
  const result: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) {
    if (field !== null && field !== undefined) result[key] = stripNulls(field);
  }
  return result;
}
