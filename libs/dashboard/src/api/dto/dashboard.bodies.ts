import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import {
  type AggregateWeeksRequest,
  DASHBOARD_AXES,
  type DashboardAxis,
  type SaveAxisLabelRequest,
} from '@app/contracts';

export class AggregateWeeksBody implements AggregateWeeksRequest {
  @ApiPropertyOptional({ format: 'uuid', description: 'Default: every listener' })
  @IsOptional()
  @IsUUID('all', { message: 'listenerId must be a listener id (UUID)' })
  listenerId?: string;

  @ApiPropertyOptional({ description: 'Aggregate every week again, finished ones too' })
  @IsOptional()
  @IsBoolean({ message: 'rebuild must be true or false' })
  rebuild?: boolean;

  @ApiPropertyOptional({ description: 'Fit the taste map and clusters again' })
  @IsOptional()
  @IsBoolean({ message: 'refit must be true or false' })
  refit?: boolean;
}

export class SaveAxisLabelBody implements SaveAxisLabelRequest {
  @ApiPropertyOptional({ format: 'uuid', description: "Default: the signed-in user's listener" })
  @IsOptional()
  @IsUUID('all', { message: 'listenerId must be a listener id (UUID)' })
  listenerId?: string;

  @ApiProperty({ enum: DASHBOARD_AXES })
  @IsIn(DASHBOARD_AXES, { message: `axis must be one of ${DASHBOARD_AXES.join(', ')}` })
  axis!: DashboardAxis;

  @ApiProperty({ maxLength: 40, description: 'Empty: the built-in name again' })
  @IsString({ message: 'label must be text' })
  @MaxLength(40, { message: 'label must not be longer than 40 characters' })
  // Printable text only: it is shown on charts and in tooltips.
  @Matches(/^[^\p{Cc}]*$/u, { message: 'label must not hold control characters' })
  label!: string;
}
