import type { FieldError } from './invalid-request.exception.js';

/** Names that would reach an object's prototype if a later step copied the body naïvely. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
export const MAX_BODY_DEPTH = 16;

/**
 * Checks the shape of a parsed JSON body before validation: an object, not deeper than
 * MAX_BODY_DEPTH (so later recursive code cannot overflow the stack) and free of prototype keys.
 * Iterative on purpose, for the same reason.
 */
export function findBodyProblem(body: unknown): FieldError | undefined {
  if (body === undefined) return undefined;
  if (!isObject(body) || Array.isArray(body)) return { field: 'body', message: 'body must be a JSON object' };
  const pending: { value: object; path: string; depth: number }[] = [{ value: body, path: '', depth: 1 }];
  for (let item = pending.pop(); item; item = pending.pop()) {
    if (item.depth > MAX_BODY_DEPTH) {
      return { field: item.path, message: `${item.path} is nested too deeply (at most ${MAX_BODY_DEPTH} levels)` };
    }
    for (const [key, child] of Object.entries(item.value)) {
      const path = item.path ? `${item.path}.${key}` : key;
      if (FORBIDDEN_KEYS.has(key)) return { field: path, message: `${path} is not an allowed property name` };
      if (isObject(child)) pending.push({ value: child, path, depth: item.depth + 1 });
    }
  }
  return undefined;
}

function isObject(value: unknown): value is object {
  return typeof value === 'object' && value !== null;
}
