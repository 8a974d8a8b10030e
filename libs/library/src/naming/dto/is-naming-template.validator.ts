import { type ValidationArguments, ValidatorConstraint, type ValidatorConstraintInterface } from 'class-validator';
import { validateTemplate } from '@app/core';

/** A naming template TrueTrack can render; the message lists every problem, after the field's name. */
@ValidatorConstraint({ name: 'isNamingTemplate' })
export class IsNamingTemplate implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    return typeof value === 'string' && validateTemplate(value).length === 0;
  }

  defaultMessage(args: ValidationArguments): string {
    const value: unknown = args.value;
    const problems = typeof value === 'string' ? validateTemplate(value) : ['must be a string'];
    return `${args.property} ${problems.join('; ')}`;
  }
}
