import { ApiProperty } from '@nestjs/swagger';
import { IsOptional, IsString, Length, Matches } from 'class-validator';
import type { ChangePasswordRequest, CredentialsRequest, SetupRequest } from '@app/contracts';

export const USERNAME = /^[A-Za-z0-9._@-]+$/;

export class CredentialsBody implements CredentialsRequest {
  @ApiProperty({ example: 'admin', minLength: 1, maxLength: 64 })
  @IsString({ message: 'username must be a string' })
  @Length(1, 64, { message: 'username must be 1 to 64 characters' })
  @Matches(USERNAME, { message: 'username may contain letters, digits and . _ @ - only' })
  username!: string;

  @ApiProperty({ minLength: 8, maxLength: 1024 })
  @IsString({ message: 'password must be a string' })
  @Length(8, 1024, { message: 'password must be 8 to 1024 characters' })
  password!: string;
}

/** The first user, with the one-time token that proves the sender runs the server. */
export class SetupBody extends CredentialsBody implements SetupRequest {
  @ApiProperty({
    required: false,
    description: 'The one-time setup token from the server log or `truetrack setup-token`',
  })
  @IsOptional()
  @IsString({ message: 'setupToken must be a string' })
  @Length(0, 200, { message: 'setupToken must be at most 200 characters' })
  setupToken?: string;
}

/** Signing in checks the password, not its rules: rules may have changed since it was chosen. */
export class LoginBody implements CredentialsRequest {
  @ApiProperty({ example: 'admin' })
  @IsString({ message: 'username must be a string' })
  @Length(1, 64, { message: 'username must be 1 to 64 characters' })
  username!: string;

  @ApiProperty()
  @IsString({ message: 'password must be a string' })
  @Length(1, 1024, { message: 'password must be 1 to 1024 characters' })
  password!: string;
}

export class ChangePasswordBody implements ChangePasswordRequest {
  @ApiProperty()
  @IsString({ message: 'currentPassword must be a string' })
  @Length(1, 1024, { message: 'currentPassword must be 1 to 1024 characters' })
  currentPassword!: string;

  @ApiProperty({ minLength: 8, maxLength: 1024 })
  @IsString({ message: 'newPassword must be a string' })
  @Length(8, 1024, { message: 'newPassword must be 8 to 1024 characters' })
  newPassword!: string;
}
