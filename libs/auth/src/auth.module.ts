import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ApiKeys } from './api-key/api-keys.service.js';
import { AuthController } from './api/auth.controller.js';
import { SecurityController } from './api/security.controller.js';
import { AuthGuard } from './guard/auth.guard.js';
import { AuthSettings } from './guard/auth-settings.service.js';
import { Authenticator } from './guard/authenticator.js';
import { LoginThrottle } from './guard/login-throttle.js';
import { Sessions } from './sessions/sessions.service.js';
import { SetupToken } from './setup/setup-token.service.js';
import { Users } from './users/users.service.js';

/** The API key, admin UI users and sessions, and the guard in front of every route. */
@Module({
  controllers: [AuthController, SecurityController],
  providers: [
    ApiKeys,
    Users,
    Sessions,
    AuthSettings,
    LoginThrottle,
    Authenticator,
    SetupToken,
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [ApiKeys, Users, Authenticator, SetupToken],
})
export class AuthModule {}
