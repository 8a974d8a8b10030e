import { apiKey, integer } from '../env-schema.js';
import { minutes, optional, setting } from './setting.js';

/** Authentication: the API key and how sign-ins and sessions are limited. */
export const AUTH_SETTINGS = {
  auth: {
    apiKey: optional(
      'TRUETRACK_API_KEY',
      'the API key (20–128 of `A-Z a-z 0-9 - _`); unset = generated at first start, regenerable',
      { parse: apiKey, secret: true },
    ),
    loginAttempts: setting(
      'TRUETRACK_LOGIN_ATTEMPTS',
      'failed sign-ins one address may make per window before it gets 429',
      { default: '5', parse: integer(1, 1000) },
    ),
    loginWindowMs: setting('TRUETRACK_LOGIN_WINDOW_MINUTES', 'the window of `TRUETRACK_LOGIN_ATTEMPTS`', {
      default: '15',
      parse: integer(1, 1440),
      to: minutes,
    }),
    sessionDays: setting('TRUETRACK_SESSION_DAYS', 'how long an admin UI session stays valid without being used', {
      default: '30',
      parse: integer(1, 3650),
    }),
  },
};
