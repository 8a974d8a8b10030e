import { ValidateIf } from 'class-validator';

/** Control characters (tab and line breaks aside) and unpaired surrogates are not text anyone typed. */
export const PLAIN_TEXT = /^[^\0-\x08\x0b\x0c\x0e-\x1f\x7f\p{Cs}]*$/u;

/** Optional means "left out": an explicit null is a wrong type like any other. */
export const IsOptionalUnlessNull = (): PropertyDecorator =>
  ValidateIf((_object: object, value: unknown) => value !== undefined);

/** For class-transformer's `@Transform`: the spaces around what was typed are not part of it. */
export const trimString = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' ? value.trim() : value;
