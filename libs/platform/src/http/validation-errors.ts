import type { ValidationError } from 'class-validator';
import type { FieldError } from './invalid-request.exception.js';

/** class-validator's tree as one line per broken rule, each naming the full path of its field. */
export function flattenValidationErrors(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({
      field,
      message: withPath(message, error.property, field),
    }));
    return [...own, ...flattenValidationErrors(error.children ?? [], field)];
  });
}

/** class-validator names only the property ("ask must be…"); a nested field needs its path ("options.ask must be…"). */
function withPath(message: string, property: string, field: string): string {
  if (message.startsWith(`${property} `)) return field + message.slice(property.length);
  const whitelist = `property ${property} `;
  if (message.includes(whitelist)) return message.replace(whitelist, `property ${field} `);
  return message.includes(field) ? message : `${field}: ${message}`;
}
