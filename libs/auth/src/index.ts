export { Public } from './public.decorator.js';
/** The first-run token: `current()` for the startup lines, the file name for local tools and tests. */
export { SETUP_TOKEN_FILE, SetupToken } from './setup/setup-token.service.js';
export { AuthModule } from './auth.module.js';
export { AUTH_ENTITIES } from './auth-entities.js';
/** The API key in effect; `matches` compares in constant time. */
export { API_KEY_FILE, ApiKeys, sameSecret } from './api-key/api-keys.service.js';
/** Admin UI users; `hasAnyUser()` tells whether the first-run page is due. */
export { Users } from './users/users.service.js';
/** Identifies a request's caller (API key, session, local address); also guards routes outside Nest. */
export { Authenticator, type Caller } from './guard/authenticator.js';
export { CALLER, callerOf, refuse } from './guard/auth.guard.js';
