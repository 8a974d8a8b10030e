import { createHash, randomBytes } from 'node:crypto';

export interface SubsonicCredentials {
  username: string;
  password: string;
}

/** Token authentication of the Subsonic API (1.13+): t = md5(password + salt), a fresh salt per request. */
export function subsonicAuthParams(
  credentials: SubsonicCredentials,
  salt = randomBytes(8).toString('hex'),
): Record<string, string> {
  return {
    u: credentials.username,
    t: createHash('md5')
      .update(credentials.password + salt)
      .digest('hex'),
    s: salt,
    v: '1.16.1',
    c: 'truetrack',
    f: 'json',
  };
}
