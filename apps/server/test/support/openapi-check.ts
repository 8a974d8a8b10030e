import { readFileSync } from 'node:fs';

/** The subset of OpenAPI 3 schema keywords Lidarr's document uses. */
export interface Schema {
  $ref?: string;
  type?: 'object' | 'array' | 'string' | 'integer' | 'number' | 'boolean';
  format?: string;
  nullable?: boolean;
  enum?: unknown[];
  properties?: Record<string, Schema>;
  items?: Schema;
}

interface OpenApiDocument {
  paths: Record<
    string,
    Record<string, { responses?: Record<string, { content?: Record<string, { schema?: Schema }> }> }>
  >;
  components: { schemas: Record<string, Schema> };
}

export const LIDARR_OPENAPI = JSON.parse(
  readFileSync(new URL('../../../../libs/lidarr-api/test/fixtures/lidarr-openapi.json', import.meta.url), 'utf8'),
) as OpenApiDocument;

const INT32 = 2 ** 31;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const DATE_SPAN = /^(\d+\.)?\d{2}:\d{2}:\d{2}(\.\d{1,7})?$/;

/** The schema of a path's 200 answer in Lidarr's document (`get /api/v1/artist`). */
export function responseSchema(method: string, path: string, document = LIDARR_OPENAPI): Schema {
  const operation = document.paths[path]?.[method.toLowerCase()];
  const schema = operation?.responses?.['200']?.content?.['application/json']?.schema;
  if (!schema) throw new Error(`Lidarr's openapi has no JSON answer for ${method} ${path}`);
  return schema;
}

/**
 * Every way `value` breaks `schema`, as `path: problem` lines (empty when it conforms). Unknown properties are
 * allowed: Lidarr's own answers carry them (a command's `body` holds the fields of its command class).
 */
export function checkSchema(value: unknown, schema: Schema, path = '$', document = LIDARR_OPENAPI): string[] {
  if (schema.$ref) return checkSchema(value, resolve(schema.$ref, document), path, document);
  if (value === null) return schema.nullable ? [] : [`${path}: null is not allowed`];
  const problems = checkType(value, schema, path);
  if (problems.length) return problems;
  if (schema.enum && !schema.enum.includes(value)) return [`${path}: ${JSON.stringify(value)} is not in the enum`];
  if (Array.isArray(value) && schema.items) {
    return value.flatMap((item, i) => checkSchema(item, schema.items!, `${path}[${i}]`, document));
  }
  if (schema.type === 'object' || schema.properties) {
    const record = value as Record<string, unknown>;
    return Object.entries(schema.properties ?? {}).flatMap(([key, property]) =>
      key in record ? checkSchema(record[key], property, `${path}.${key}`, document) : [],
    );
  }
  return [];
}

function checkType(value: unknown, schema: Schema, path: string): string[] {
  const fail = (what: string) => [`${path}: ${JSON.stringify(value)} is not ${what}`];
  switch (schema.type) {
    case 'integer':
      if (typeof value !== 'number' || !Number.isInteger(value)) return fail('an integer');
      if (schema.format === 'int32' && (value < -INT32 || value >= INT32)) return fail('an int32');
      return [];
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? [] : fail('a number');
    case 'boolean':
      return typeof value === 'boolean' ? [] : fail('a boolean');
    case 'string':
      if (typeof value !== 'string') return fail('a string');
      if (schema.format === 'date-time' && !DATE_TIME.test(value)) return fail('a date-time');
      if (schema.format === 'date-span' && !DATE_SPAN.test(value)) return fail('a date-span');
      return [];
    case 'array':
      return Array.isArray(value) ? [] : fail('an array');
    case 'object':
      return typeof value === 'object' && !Array.isArray(value) ? [] : fail('an object');
    default:
      return [];
  }
}

function resolve(ref: string, document: OpenApiDocument): Schema {
  const name = ref.replace('#/components/schemas/', '');
  const schema = document.components.schemas[name];
  if (!schema) throw new Error(`Lidarr's openapi has no schema ${ref}`);
  return schema;
}
