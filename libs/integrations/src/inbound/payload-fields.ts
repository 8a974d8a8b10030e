/**
 * The fields of a webhook body by lower-cased name: Jellyfin writes PascalCase keys, Lidarr camelCase, and
 * a Jellyfin template renders every value as a string ("1987") where "send all properties" writes 1987.
 */
export class PayloadFields {
  private readonly fields = new Map<string, unknown>();

  constructor(body: Record<string, unknown>) {
    for (const [key, value] of Object.entries(body)) this.fields.set(key.toLowerCase(), value);
  }

  /** A non-empty string (numbers and booleans as text); a template's empty placeholder counts as missing. */
  text(key: string): string | undefined {
    const value = this.fields.get(key.toLowerCase());
    if (typeof value === 'number' || typeof value === 'boolean') return String(value);
    if (typeof value !== 'string') return undefined;
    const trimmed = value.trim();
    return trimmed === '' || trimmed === 'null' ? undefined : trimmed;
  }

  integer(key: string): number | undefined {
    const text = this.text(key);
    return text !== undefined && /^-?\d{1,9}$/.test(text) ? Number(text) : undefined;
  }

  raw(key: string): unknown {
    return this.fields.get(key.toLowerCase());
  }
}

/** A JSON object, not an array or a scalar. */
export function isJsonObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
