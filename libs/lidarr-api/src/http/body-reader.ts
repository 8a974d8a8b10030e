import { LidarrValidationError, type LidarrValidationFailure, failure } from './lidarr-validation.error.js';
import { parseEnum } from './parse-enum.js';

/**
 * Reads a JSON body whose keys may come in any case (`AlbumsToMonitor`, `albumsToMonitor`), collecting every
 * broken rule; `assertValid()` throws them together. Property names in failures are PascalCase, like Lidarr's.
 */
export class BodyReader {
  private readonly values = new Map<string, unknown>();

  private constructor(
    body: Record<string, unknown>,
    private readonly prefix: string,
    private readonly failures: LidarrValidationFailure[],
  ) {
    for (const [key, value] of Object.entries(body)) this.values.set(key.toLowerCase(), value);
  }

  static of(body: unknown): BodyReader {
    if (!isRecord(body)) throw LidarrValidationError.of('', 'Request body must be a JSON object');
    return new BodyReader(body, '', []);
  }

  has(key: string): boolean {
    const value = this.raw(key);
    return value !== undefined && value !== null;
  }

  raw(key: string): unknown {
    return this.values.get(key.toLowerCase());
  }

  string(key: string, required = false): string | undefined {
    const value = this.raw(key);
    if (typeof value === 'string' && (value.trim() || !required)) return value;
    if (value == null && !required) return undefined;
    return this.fail(key, value == null || value === '' ? 'must not be empty' : 'must be a string', value);
  }

  int(key: string, required = false): number | undefined {
    const value = this.raw(key);
    if (typeof value === 'number' && Number.isInteger(value)) return value;
    if (typeof value === 'string' && /^-?\d+$/.test(value.trim())) return Number(value);
    if (value == null && !required) return undefined;
    return this.fail(key, value == null ? 'must not be empty' : 'must be an integer', value);
  }

  bool(key: string): boolean | undefined {
    const value = this.raw(key);
    if (typeof value === 'boolean') return value;
    if (typeof value === 'string' && /^(true|false)$/i.test(value)) return value.toLowerCase() === 'true';
    if (value == null) return undefined;
    return this.fail(key, 'must be true or false', value);
  }

  enumOf<T extends string>(key: string, values: readonly T[]): T | undefined {
    const value = this.raw(key);
    if (value == null) return undefined;
    return parseEnum(value, values) ?? this.fail(key, `must be one of ${values.join(', ')}`, value);
  }

  intArray(key: string): number[] | undefined {
    const value = this.raw(key);
    if (value == null) return undefined;
    if (Array.isArray(value) && value.every((item) => Number.isInteger(item))) return value as number[];
    return this.fail(key, 'must be a list of integers', value);
  }

  stringArray(key: string): string[] | undefined {
    const value = this.raw(key);
    if (value == null) return undefined;
    if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return value as string[];
    return this.fail(key, 'must be a list of strings', value);
  }

  /** A nested object, read with the same rules; undefined when absent. */
  object(key: string): BodyReader | undefined {
    const value = this.raw(key);
    if (value == null) return undefined;
    if (isRecord(value)) return new BodyReader(value, this.propertyName(key) + '.', this.failures);
    return this.fail(key, 'must be an object', value);
  }

  /** Records a broken rule of `key`, e.g. one a caller checks itself. */
  fail(key: string, message: string, attemptedValue?: unknown): undefined {
    const name = this.propertyName(key);
    this.failures.push(failure(name, `'${name}' ${message}`, attemptedValue));
    return undefined;
  }

  assertValid(): void {
    if (this.failures.length) throw new LidarrValidationError([...this.failures]);
  }

  private propertyName(key: string): string {
    return this.prefix + key.charAt(0).toUpperCase() + key.slice(1);
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
