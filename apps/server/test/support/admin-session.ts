import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { SETUP_TOKEN_FILE } from '@app/auth';
import type { TestApp } from './test-app.js';

export const ADMIN = { username: 'admin', password: 'a long enough secret' };

/** The one-time token a fresh server keeps in its data folder until the first user exists. */
export function readSetupToken(testApp: Pick<TestApp, 'config'>): string {
  return readFileSync(join(testApp.config.paths.dataDir, SETUP_TOKEN_FILE), 'utf8').trim();
}

/** Creates the first user with the setup token and answers its session cookie (`name=value`). */
export async function setUpAdmin(testApp: TestApp): Promise<string> {
  const created = await request(testApp.publicUrl)
    .post('/api/v1/auth/setup')
    .send({ ...ADMIN, setupToken: readSetupToken(testApp) })
    .expect(201);
  return sessionCookieOf(created);
}

export function sessionCookieOf(response: request.Response): string {
  const cookies = ([] as string[]).concat(response.headers['set-cookie'] ?? []);
  const cookie = cookies.find((c) => c.startsWith('truetrack_session='));
  if (!cookie) throw new Error(`No session cookie in the answer (${response.status})`);
  return cookie.split(';')[0]!;
}
