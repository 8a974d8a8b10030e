import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { type ApiKeyDto, ApiRoutes, type AuthSettingsDto, type UserDto } from '@app/contracts';
import { AdminOnly } from '../admin-only.decorator.js';
import { ApiKeys } from '../api-key/api-keys.service.js';
import { AuthSettings } from '../guard/auth-settings.service.js';
import { Sessions } from '../sessions/sessions.service.js';
import { userView, Users } from '../users/users.service.js';
import { AuthSettingsBody } from './dto/auth-settings.body.js';
import { CredentialsBody } from './dto/credentials.body.js';

/**
 * Settings → Security: the API key, users, and whether local addresses need credentials. Only a signed-in user
 * may use it: the API key given to a Lidarr client must not mint users or switch authentication off.
 */
@ApiTags('auth')
@AdminOnly()
@Controller(`${ApiRoutes.prefix}/${ApiRoutes.auth}`)
export class SecurityController {
  constructor(
    private readonly apiKeys: ApiKeys,
    private readonly users: Users,
    private readonly sessions: Sessions,
    private readonly settings: AuthSettings,
  ) {}

  @Get('api-key')
  @ApiOperation({ summary: 'The API key clients send as X-Api-Key, ?apikey= or a bearer token' })
  apiKey(): ApiKeyDto {
    return { apiKey: this.apiKeys.key(), fixed: this.apiKeys.fixed };
  }

  @Post('api-key/regenerate')
  @HttpCode(200)
  @ApiOperation({ summary: 'Replaces the API key; clients using the old one are refused from now on' })
  async regenerate(): Promise<ApiKeyDto> {
    return { apiKey: await this.apiKeys.regenerate(), fixed: false };
  }

  @Get('users')
  @ApiOperation({ summary: 'Users who may sign in to the admin UI' })
  listUsers(): Promise<UserDto[]> {
    return this.users.list();
  }

  @Post('users')
  @ApiOperation({ summary: 'Adds a user' })
  async addUser(@Body() body: CredentialsBody): Promise<UserDto> {
    return userView(await this.users.create(body.username, body.password));
  }

  @Delete('users/:username')
  @HttpCode(204)
  @ApiOperation({ summary: 'Removes a user and ends their sessions; the last user stays' })
  async removeUser(@Param('username') username: string): Promise<void> {
    const removed = await this.users.remove(username);
    await this.sessions.closeAllOf(removed.id);
  }

  @Get('settings')
  async getSettings(): Promise<AuthSettingsDto> {
    return { authenticationRequired: await this.settings.authenticationRequired() };
  }

  @Put('settings')
  @ApiOperation({ summary: 'Whether requests from local addresses need credentials (off by default)' })
  async putSettings(@Body() body: AuthSettingsBody): Promise<AuthSettingsDto> {
    await this.settings.setAuthenticationRequired(body.authenticationRequired);
    return { authenticationRequired: body.authenticationRequired };
  }
}
