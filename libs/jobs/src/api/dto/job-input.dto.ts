import { ApiProperty } from '@nestjs/swagger';
import { Validate, ValidatorConstraint, type ValidatorConstraintInterface } from 'class-validator';
import type { JobInputRequest } from '@app/contracts';

const MAX_CHOICE_LENGTH = 255;

@ValidatorConstraint({ name: 'isChoice' })
class IsChoice implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    if (typeof value === 'number') return Number.isSafeInteger(value) && value >= 0;
    return typeof value === 'string' && value.trim().length > 0 && value.length <= MAX_CHOICE_LENGTH;
  }

  defaultMessage(): string {
    return `choice must be a candidate index (a whole number from 0) or a candidate id (1 to ${MAX_CHOICE_LENGTH} characters)`;
  }
}

export class JobInputDto implements JobInputRequest {
  @ApiProperty({
    description: "The chosen candidate's index (0-based) or id",
    oneOf: [
      { type: 'integer', minimum: 0 },
      { type: 'string', minLength: 1, maxLength: MAX_CHOICE_LENGTH },
    ],
    example: 0,
  })
  @Validate(IsChoice)
  choice!: number | string;
}
