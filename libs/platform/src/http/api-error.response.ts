import { ApiProperty } from '@nestjs/swagger';
import type { ApiErrorBody } from '@app/contracts';

export class FieldErrorResponse {
  @ApiProperty({ description: 'Dotted path of the offending field, e.g. `options.ask`' }) field!: string;
  @ApiProperty() message!: string;
}

export class ApiErrorResponse implements ApiErrorBody {
  @ApiProperty() statusCode!: number;
  @ApiProperty({ example: 'Bad Request' }) error!: string;
  @ApiProperty() message!: string;
  @ApiProperty({ type: [FieldErrorResponse] }) errors!: FieldErrorResponse[];
}
