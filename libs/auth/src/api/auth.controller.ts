import {
  Body,
  Controller,
  Get,
  HttpCode,
  HttpException,
  HttpStatus,
  Post,
  Put,
  Req,
  Res,
  UnauthorizedException,
} from '@nestjs/common';
import { ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { ApiRoutes, type AuthStatusDto, type SignedInDto } from '@app/contracts';
import { type AuthenticatedRequest, CALLER } from '../guard/auth.guard.js';
import { LoginThrottle } from '../guard/login-throttle.js';
import { Public } from '../public.decorator.js';
import { Sessions } from '../sessions/sessions.service.js';
import { Users } from '../users/users.service.js';
import { ChangePasswordBody, CredentialsBody, LoginBody } from './dto/credentials.body.js';
import { clearSessionCookie, setSessionCookie } from './session-cookie.js';

/** Signing in to the admin UI: first run, login, logout, own password. */
@ApiTags('auth')
@Controller(`${ApiRoutes.prefix}/${ApiRoutes.auth}`)
export class AuthController {
  constructor(
    private readonly users: Users,
    private readonly sessions: Sessions,
    private readonly throttle: LoginThrottle,
  ) {}

  @Public()
  @Get('status')
  @ApiOperation({ summary: 'Whether the first-run page is due and whether the caller is signed in' })
  async status(@Req() request: AuthenticatedRequest): Promise<AuthStatusDto> {
    const caller = request[CALLER];
    const setupRequired = !(await this.users.hasAnyUser());
    if (!caller || caller.via === 'none') return { setupRequired, authenticated: false };
    const user = caller.via === 'session' ? await this.users.byId(caller.userId) : undefined;
    return { setupRequired, authenticated: true, via: caller.via, ...(user && { user: { username: user.username } }) };
  }

  @Public()
  @Post('setup')
  @ApiOperation({ summary: 'Creates the first user and signs them in; refused once any user exists' })
  @ApiResponse({ status: 201, description: 'Created and signed in' })
  @ApiResponse({ status: 409, description: 'TrueTrack is already set up' })
  async setup(
    @Body() body: CredentialsBody,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<SignedInDto> {
    const user = await this.users.create(body.username, body.password, true);
    setSessionCookie(request, response, await this.sessions.open(user.id), this.sessions.maxAgeMs);
    return { username: user.username };
  }

  @Public()
  @Post('login')
  @HttpCode(200)
  @ApiOperation({ summary: 'Signs in with a username and password; sets the session cookie' })
  @ApiResponse({ status: 401, description: 'Wrong username or password' })
  @ApiResponse({ status: 429, description: 'Too many failed attempts from this address; see Retry-After' })
  async login(
    @Body() body: LoginBody,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<SignedInDto> {
    const address = request.ip ?? 'unknown';
    const wait = this.throttle.retryAfter(address);
    if (wait > 0) {
      response.setHeader('Retry-After', String(wait));
      throw new HttpException(`Too many failed sign-ins; try again in ${wait} s`, HttpStatus.TOO_MANY_REQUESTS);
    }
    const user = await this.users.verify(body.username, body.password);
    if (!user) {
      this.throttle.failed(address);
      throw new UnauthorizedException('Wrong username or password');
    }
    this.throttle.succeeded(address);
    setSessionCookie(request, response, await this.sessions.open(user.id), this.sessions.maxAgeMs);
    return { username: user.username };
  }

  @Public()
  @Post('logout')
  @HttpCode(204)
  @ApiOperation({ summary: 'Ends the caller’s session (if any) and clears its cookie' })
  async logout(@Req() request: AuthenticatedRequest, @Res({ passthrough: true }) response: Response): Promise<void> {
    const caller = request[CALLER];
    if (caller?.via === 'session') await this.sessions.close(caller.token);
    clearSessionCookie(request, response);
  }

  @Put('password')
  @HttpCode(204)
  @ApiOperation({ summary: 'Changes the signed-in user’s password and ends their other sessions' })
  async changePassword(
    @Body() body: ChangePasswordBody,
    @Req() request: AuthenticatedRequest,
    @Res({ passthrough: true }) response: Response,
  ): Promise<void> {
    const caller = request[CALLER];
    if (caller?.via !== 'session') throw new HttpException('Sign in as the user to change a password', 403);
    if (!(await this.users.changePassword(caller.userId, body.currentPassword, body.newPassword)))
      throw new HttpException({ message: 'currentPassword is wrong', field: 'currentPassword' }, 400);
    await this.sessions.closeAllOf(caller.userId);
    setSessionCookie(request, response, await this.sessions.open(caller.userId), this.sessions.maxAgeMs);
  }
}
