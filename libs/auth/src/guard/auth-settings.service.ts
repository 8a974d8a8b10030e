import { Injectable } from '@nestjs/common';
import { SettingsStore } from '@app/db';

/** As the *arr apps: credentials everywhere, or not for requests from local addresses. */
export const AUTHENTICATION_REQUIRED = ['enabled', 'disabledForLocalAddresses'] as const;
export type AuthenticationRequired = (typeof AUTHENTICATION_REQUIRED)[number];

const SETTING = 'auth.authenticationRequired';
const CACHE_MS = 2000;

/** Security settings a person changes in the admin UI; read often, so cached for a moment. */
@Injectable()
export class AuthSettings {
  private cached: { value: AuthenticationRequired; at: number } | undefined;

  constructor(private readonly settings: SettingsStore) {}

  async authenticationRequired(): Promise<AuthenticationRequired> {
    if (this.cached && Date.now() - this.cached.at < CACHE_MS) return this.cached.value;
    const stored = await this.settings.get<AuthenticationRequired>(SETTING);
    const value = stored && AUTHENTICATION_REQUIRED.includes(stored) ? stored : 'enabled';
    this.cached = { value, at: Date.now() };
    return value;
  }

  async setAuthenticationRequired(value: AuthenticationRequired): Promise<void> {
    await this.settings.set(SETTING, value);
    this.cached = { value, at: Date.now() };
  }
}
