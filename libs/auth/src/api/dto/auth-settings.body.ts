import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import type { AuthenticationRequired, AuthSettingsDto } from '@app/contracts';
import { AUTHENTICATION_REQUIRED } from '../../guard/auth-settings.service.js';

export class AuthSettingsBody implements AuthSettingsDto {
  @ApiProperty({ enum: AUTHENTICATION_REQUIRED })
  @IsIn(AUTHENTICATION_REQUIRED, {
    message: `authenticationRequired must be one of ${AUTHENTICATION_REQUIRED.join(', ')}`,
  })
  authenticationRequired!: AuthenticationRequired;
}
