import { LidarrValidationError } from './lidarr-validation.error.js';

/**
 * Query parameters by name in any case; booleans as `true`/`True`/`1`, lists repeated (`albumIds=1&albumIds=2`)
 * or comma-separated. A value that cannot be read is a 400 naming the parameter.
 */
export class QueryReader {
  private readonly values = new Map<string, unknown>();

  constructor(query: Record<string, unknown> = {}) {
    for (const [key, value] of Object.entries(query)) this.values.set(key.toLowerCase(), value);
  }

  string(key: string): string | undefined {
    const value = this.values.get(key.toLowerCase());
    const first = Array.isArray(value) ? value[0] : value;
    return typeof first === 'string' && first !== '' ? first : undefined;
  }

  bool(key: string, fallback: boolean): boolean {
    const text = this.string(key);
    if (text === undefined) return fallback;
    if (/^(true|1)$/i.test(text)) return true;
    if (/^(false|0)$/i.test(text)) return false;
    throw LidarrValidationError.of(key, `'${key}' must be true or false`, text);
  }

  int(key: string): number | undefined {
    const text = this.string(key);
    if (text === undefined) return undefined;
    if (!/^-?\d+$/.test(text.trim())) throw LidarrValidationError.of(key, `'${key}' must be an integer`, text);
    return Number(text);
  }

  intList(key: string): number[] | undefined {
    const value = this.values.get(key.toLowerCase());
    if (value === undefined) return undefined;
    const parts = (Array.isArray(value) ? value : [value]).flatMap((item) => String(item).split(','));
    const texts = parts.map((part) => part.trim()).filter(Boolean);
    if (texts.some((text) => !/^-?\d+$/.test(text))) {
      throw LidarrValidationError.of(key, `'${key}' must be a list of integers`, value);
    }
    return texts.map(Number);
  }
}
