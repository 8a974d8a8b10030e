import {
  Body,
  Controller,
  ForbiddenException,
  Get,
  HttpCode,
  HttpException,
  HttpStatus,
  Post,
  Put,
  Req,
  Res,
  ServiceUnavailableException,
  UnauthorizedException,
} from '@nestjs/common';
import { ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { ApiRoutes, type AuthStatusDto, type SignedInDto } from '@app/contracts';
import { type AuthenticatedRequest, CALLER } from '../guard/auth.guard.js';
import { LoginThrottle } from '../guard/login-throttle.js';
import { TooBusyError } from '../passwords/concurrency-limit.js';
import { Public } from '../public.decorator.js';
import { Sessions } from '../sessions/sessions.service.js';
import { SETUP_TOKEN_HINT, SetupToken } from '../setup/setup-token.service.js';
import { Users } from '../users/users.service.js';
import { ChangePasswordBody, LoginBody, SetupBody } from './dto/credentials.body.js';
import { clearSessionCookie, setSessionCookie } from './session-cookie.js';

/** Signing in to the admin UI: first run, login, logout, own password. */
@ApiTags('auth')
@Controller(`${ApiRoutes.prefix}/${ApiRoutes.auth}`)
export class AuthController {
  constructor(
    private readonly users: Users,
    private readonly sessions: Sessions,
    private readonly throttle: LoginThrottle,
    private readonly setupToken: SetupToken,
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
  @ApiOperation({
    summary: 'Creates the first user and signs them in; needs the one-time setup token; refused once any user exists',
  })
  @ApiResponse({ status: 201, description: 'Created and signed in' })
  @ApiResponse({ status: 403, description: 'The setup token is missing or wrong; the message says where it is' })
  @ApiResponse({ status: 409, description: 'TrueTrack is already set up' })
  @ApiResponse({ status: 429, description: 'Too many failed attempts from this address; see Retry-After' })
  async setup(
    @Body() body: SetupBody,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<SignedInDto> {
    if (await this.users.hasAnyUser()) throw new HttpException('TrueTrack is already set up; sign in instead', 409);
    const user = await this.attempt(request, response, async () => {
      if (!(await this.setupToken.matches(body.setupToken)))
        throw new ForbiddenException(
          `${body.setupToken ? 'setupToken is wrong' : 'setupToken is required'}. ${SETUP_TOKEN_HINT}.`,
        );
      return this.users.create(body.username, body.password, true);
    });
    await this.setupToken.discard();
    setSessionCookie(request, response, await this.sessions.open(user.id), this.sessions.maxAgeMs);
    return { username: user.username };
  }

  @Public()
  @Post('login')
  @HttpCode(200)
  @ApiOperation({ summary: 'Signs in with a username and password; sets the session cookie' })
  @ApiResponse({ status: 401, description: 'Wrong username or password' })
  @ApiResponse({ status: 429, description: 'Too many failed attempts from this address; see Retry-After' })
  @ApiResponse({ status: 503, description: 'Too many password checks at once; try again in a moment' })
  async login(
    @Body() body: LoginBody,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<SignedInDto> {
    const user = await this.attempt(request, response, async () => {
      const found = await this.users.verify(body.username, body.password);
      if (!found) throw new UnauthorizedException('Wrong username or password');
      return found;
    });
    setSessionCookie(request, response, await this.sessions.open(user.id), this.sessions.maxAgeMs);
    return { username: user.username };
  }

  /**
   * One guarded attempt per client address: taken before any hashing (so parallel guesses cannot all slip under
   * the limit), counted as a failure when `check` refuses.
   */
  private async attempt<T>(request: Request, response: Response, check: () => Promise<T>): Promise<T> {
    const address = request.ip ?? 'unknown';
    const wait = this.throttle.begin(address);
    if (wait > 0) {
      response.setHeader('Retry-After', String(wait));
      throw new HttpException(`Too many failed attempts; try again in ${wait} s`, HttpStatus.TOO_MANY_REQUESTS);
    }
    try {
      const result = await check();
      this.throttle.finish(address, true);
      return result;
    } catch (error) {
      if (error instanceof TooBusyError) {
        this.throttle.abandon(address);
        response.setHeader('Retry-After', '1');
        throw new ServiceUnavailableException(error.message);
      }
      if (error instanceof UnauthorizedException || error instanceof ForbiddenException)
        this.throttle.finish(address, false);
      else this.throttle.abandon(address);
      throw error;
    }
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
