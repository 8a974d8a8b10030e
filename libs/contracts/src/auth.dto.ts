/** Whether requests from local addresses need credentials (the *arr apps' "Authentication Required"). */
export type AuthenticationRequired = 'enabled' | 'disabledForLocalAddresses';

/** `GET /api/v1/auth/status`: what the admin UI shows first (open to everyone). */
export interface AuthStatusDto {
  /** No user exists yet: the first-run page creates one. */
  setupRequired: boolean;
  authenticated: boolean;
  /** How the caller got in: a session, the API key, or a local address when that is allowed. */
  via?: 'session' | 'apiKey' | 'localAddress';
  user?: { username: string };
}

export interface CredentialsRequest {
  username: string;
  password: string;
}

/** `POST /api/v1/auth/setup`: the first user and the one-time token from the server log or data folder. */
export interface SetupRequest extends CredentialsRequest {
  setupToken?: string;
}

export interface SignedInDto {
  username: string;
}

export interface ApiKeyDto {
  apiKey: string;
  /** Set by TRUETRACK_API_KEY: it cannot be regenerated from the API. */
  fixed: boolean;
}

export interface UserDto {
  username: string;
  createdAt: string;
  lastLoginAt?: string;
}

export interface ChangePasswordRequest {
  currentPassword: string;
  newPassword: string;
}

export interface AuthSettingsDto {
  authenticationRequired: AuthenticationRequired;
}
