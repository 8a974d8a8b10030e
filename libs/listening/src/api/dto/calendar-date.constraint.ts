import { ValidatorConstraint, type ValidatorConstraintInterface, type ValidationArguments } from 'class-validator';

/** A YYYY-MM-DD that names a real day (not 2024-02-30). */
@ValidatorConstraint({ name: 'calendarDate' })
export class CalendarDateConstraint implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return true;
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
  }

  defaultMessage(args: ValidationArguments): string {
    return `${args.property} must be a real day as YYYY-MM-DD`;
  }
}
