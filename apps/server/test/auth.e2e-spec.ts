import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { API_KEY_FILE } from '@app/auth';
import { startPipelineApp, type PipelineApp } from './support/pipeline-app.js';
import { startTestApp, type TestApp } from './support/test-app.js';

/** Routes anyone may call: the health probe and what the sign-in page needs before anyone is signed in. */
const OPEN = new Set([
  'GET /ping',
  'GET /api/v1/auth/status',
  'POST /api/v1/auth/setup',
  'POST /api/v1/auth/login',
  'POST /api/v1/auth/logout',
  // ListenBrainz's token check answers whether any token is valid, as ListenBrainz does.
  'GET /listenbrainz/1/validate-token',
]);

/** Routes let in by their own secret, refusing with a body of their own (ListenBrainz's `{code, error}`). */
const OWN_REFUSALS = ['/api/v1/webhooks', '/listenbrainz/'];

interface RouteLayer {
  route?: { path: string; methods: Record<string, boolean> };
}

/** Every route the HTTP server has registered, Nest's and those mounted beside it (the OpenAPI UI). */
function registeredRoutes(app: TestApp): { method: string; path: string }[] {
  const express = app.app.getHttpAdapter().getInstance() as { router: { stack: RouteLayer[] } };
  return express.router.stack.flatMap((layer) =>
    layer.route
      ? Object.keys(layer.route.methods).map((method) => ({ method: method.toUpperCase(), path: layer.route!.path }))
      : [],
  );
}

const concrete = (path: string) => path.replace(/:[A-Za-z]+/g, '00000000-0000-4000-8000-000000000000');

describe('every route needs credentials', () => {
  let pipeline: PipelineApp;
  beforeAll(async () => {
    pipeline = await startPipelineApp();
  });
  afterAll(() => pipeline?.close());

  it('answers 401 with an empty body to every route but /ping and the sign-in routes', async () => {
    const routes = registeredRoutes(pipeline);
    expect(routes.length).toBeGreaterThan(40);
    const open: string[] = [];
    for (const { method, path } of routes) {
      const name = `${method} ${path}`;
      const response = await request(pipeline.publicUrl)
        [method.toLowerCase() as 'get'](concrete(path))
        .set('Content-Type', 'application/json')
        .send(method === 'GET' || method === 'DELETE' ? undefined : '{}');
      if (OPEN.has(name)) {
        expect([name, response.status]).not.toEqual([name, 401]);
        open.push(name);
        continue;
      }
      expect([name, response.status]).toEqual([name, 401]);
      if (!OWN_REFUSALS.some((prefix) => path.startsWith(prefix))) expect([name, response.text]).toEqual([name, '']);
    }
    expect(open.sort()).toEqual([...OPEN].sort());
  });

  it('refuses a wrong key the same way', async () => {
    const response = await request(pipeline.publicUrl).get('/api/v1/jobs').set('X-Api-Key', 'wrong').expect(401);
    expect(response.text).toBe('');
  });
});

describe('API key', () => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await startTestApp({ auth: { apiKey: undefined } });
  });
  afterAll(() => testApp?.close());

  const keyOf = async () =>
    (await request(testApp.publicUrl).get('/api/v1/auth/api-key').set('X-Api-Key', readKeyFile()).expect(200)).body as {
      apiKey: string;
      fixed: boolean;
    };
  const readKeyFile = () => readFileSync(join(testApp.config.paths.dataDir, API_KEY_FILE), 'utf8').trim();

  it('is generated at first start and kept for local tools in a file only its owner reads', async () => {
    const key = readKeyFile();
    expect(key).toMatch(/^[0-9a-f]{32}$/);
    expect(statSync(join(testApp.config.paths.dataDir, API_KEY_FILE)).mode & 0o777).toBe(0o600);
    expect(await keyOf()).toEqual({ apiKey: key, fixed: false });
  });

  it('is accepted as X-Api-Key, as an apikey query in any case, and as a bearer token', async () => {
    const key = readKeyFile();
    const url = testApp.publicUrl;
    await request(url).get('/api/v1/jobs').set('X-Api-Key', key).expect(200);
    for (const name of ['apikey', 'apiKey', 'APIKEY'])
      await request(url).get(`/api/v1/jobs?${name}=${key}`).expect(200);
    await request(url).get('/api/v1/jobs').set('Authorization', `Bearer ${key}`).expect(200);
    await request(url).get('/api/v1/jobs').set('Authorization', `Bearer ${key}x`).expect(401);
    await request(url)
      .get(`/api/v1/jobs?apikey=${key.slice(1)}`)
      .expect(401);
  });

  it('protects the OpenAPI document and UI too', async () => {
    await request(testApp.publicUrl).get('/api/docs-json').expect(401);
    await request(testApp.publicUrl).get('/api/docs').expect(401);
    await request(testApp.publicUrl).get('/api/docs-json').set('X-Api-Key', readKeyFile()).expect(200);
  });

  it('can be regenerated: the old key stops working at once, the file follows', async () => {
    const old = readKeyFile();
    const response = await request(testApp.publicUrl)
      .post('/api/v1/auth/api-key/regenerate')
      .set('X-Api-Key', old)
      .expect(200);
    const fresh = (response.body as { apiKey: string }).apiKey;
    expect(fresh).not.toBe(old);
    expect(readKeyFile()).toBe(fresh);
    await request(testApp.publicUrl).get('/api/v1/jobs').set('X-Api-Key', old).expect(401);
    await request(testApp.publicUrl).get('/api/v1/jobs').set('X-Api-Key', fresh).expect(200);
  });
});

describe('a key fixed by TRUETRACK_API_KEY', () => {
  it('is the key, and cannot be regenerated through the API', async () => {
    const testApp = await startTestApp();
    try {
      const shown = await request(testApp.server).get('/api/v1/auth/api-key').expect(200);
      expect(shown.body).toEqual({ apiKey: testApp.apiKey, fixed: true });
      const refused = await request(testApp.server).post('/api/v1/auth/api-key/regenerate').expect(409);
      expect((refused.body as { message: string }).message).toMatch(/TRUETRACK_API_KEY/);
    } finally {
      await testApp.close();
    }
  });
});

describe('admin UI sign-in', () => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await startTestApp({ auth: { loginAttempts: 3 } });
  });
  afterAll(() => testApp?.close());

  const status = async (cookie?: string) => {
    const call = request(testApp.publicUrl).get('/api/v1/auth/status');
    return (await (cookie ? call.set('Cookie', cookie) : call).expect(200)).body as Record<string, unknown>;
  };
  const sessionCookie = (response: request.Response) => {
    const cookies = ([] as string[]).concat(response.headers['set-cookie'] ?? []);
    const cookie = cookies.find((c) => c.startsWith('truetrack_session='));
    expect(cookie).toBeDefined();
    return cookie!;
  };

  it('first run: creates the admin with a session cookie that is HttpOnly and SameSite, once', async () => {
    expect(await status()).toEqual({ setupRequired: true, authenticated: false });
    const bad = await request(testApp.publicUrl)
      .post('/api/v1/auth/setup')
      .send({ username: 'admin', password: 'short' })
      .expect(400);
    expect(JSON.stringify(bad.body)).toMatch(/password/);

    const created = await request(testApp.publicUrl)
      .post('/api/v1/auth/setup')
      .send({ username: 'admin', password: 'a long enough secret' })
      .expect(201);
    const cookie = sessionCookie(created);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).not.toMatch(/Secure/i);
    const token = cookie.split(';')[0]!;
    expect(await status(token)).toEqual({
      setupRequired: false,
      authenticated: true,
      via: 'session',
      user: { username: 'admin' },
    });
    await request(testApp.publicUrl).get('/api/v1/jobs').set('Cookie', token).expect(200);

    await request(testApp.publicUrl)
      .post('/api/v1/auth/setup')
      .send({ username: 'intruder', password: 'another long secret' })
      .expect(409);
  });

  it('signs in and out; a closed session no longer opens anything', async () => {
    const wrong = await request(testApp.publicUrl)
      .post('/api/v1/auth/login')
      .send({ username: 'admin', password: 'not the password' })
      .expect(401);
    expect(wrong.headers['set-cookie']).toBeUndefined();
    const signedIn = await request(testApp.publicUrl)
      .post('/api/v1/auth/login')
      .send({ username: 'ADMIN', password: 'a long enough secret' })
      .expect(200);
    const token = sessionCookie(signedIn).split(';')[0]!;
    await request(testApp.publicUrl).get('/api/v1/jobs').set('Cookie', token).expect(200);
    await request(testApp.publicUrl).post('/api/v1/auth/logout').set('Cookie', token).expect(204);
    await request(testApp.publicUrl).get('/api/v1/jobs').set('Cookie', token).expect(401);
    await request(testApp.publicUrl)
      .get('/api/v1/jobs')
      .set('Cookie', 'truetrack_session=forged-token-value-123456')
      .expect(401);
  });

  it('changes the signed-in user’s password and ends their other sessions', async () => {
    const signIn = async (password: string) => {
      const response = await request(testApp.publicUrl)
        .post('/api/v1/auth/login')
        .send({ username: 'admin', password });
      return response.status === 200 ? sessionCookie(response).split(';')[0]! : undefined;
    };
    const phone = (await signIn('a long enough secret'))!;
    const laptop = (await signIn('a long enough secret'))!;
    const change = (cookie: string, body: object) =>
      request(testApp.publicUrl).put('/api/v1/auth/password').set('Cookie', cookie).send(body);
    const wrong = await change(laptop, { currentPassword: 'nope', newPassword: 'the new secret!' }).expect(400);
    expect(JSON.stringify(wrong.body)).toMatch(/currentPassword/);
    await change(laptop, { currentPassword: 'a long enough secret', newPassword: 'short' }).expect(400);
    // The API key is not a person: it has no password to change.
    await request(testApp.server)
      .put('/api/v1/auth/password')
      .send({ currentPassword: 'a long enough secret', newPassword: 'the new secret!' })
      .expect(403);
    const changed = await change(laptop, { currentPassword: 'a long enough secret', newPassword: 'the new secret!' });
    expect(changed.status).toBe(204);
    const renewed = sessionCookie(changed).split(';')[0]!;
    await request(testApp.publicUrl).get('/api/v1/jobs').set('Cookie', phone).expect(401);
    await request(testApp.publicUrl).get('/api/v1/jobs').set('Cookie', renewed).expect(200);
    expect(await signIn('a long enough secret')).toBeUndefined();
    expect(await signIn('the new secret!')).toBeDefined();
  });

  it('manages users and keeps the last one', async () => {
    const api = () => request(testApp.server);
    await api().post('/api/v1/auth/users').send({ username: 'second', password: 'second secret!' }).expect(201);
    await api().post('/api/v1/auth/users').send({ username: 'Second', password: 'second secret!' }).expect(409);
    const bad = await api().post('/api/v1/auth/users').send({ username: 'no spaces', password: 'second secret!' });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toMatch(/username/);
    const listed = (await api().get('/api/v1/auth/users').expect(200)).body as { username: string }[];
    expect(listed.map((u) => u.username)).toEqual(['admin', 'second']);
    await api().delete('/api/v1/auth/users/admin').expect(204);
    await api().delete('/api/v1/auth/users/second').expect(409);
    await api().delete('/api/v1/auth/users/nobody').expect(404);
  });

  it('limits failed sign-ins per address; then even the right password waits', async () => {
    const attempt = (password: string) =>
      request(testApp.publicUrl).post('/api/v1/auth/login').send({ username: 'admin', password });
    // The limit is 3; earlier successful sign-ins forgave earlier failures.
    await attempt('guess 1').expect(401);
    await attempt('guess 2').expect(401);
    await attempt('guess 3').expect(401);
    const limited = await attempt('guess 4').expect(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    await attempt('a long enough secret').expect(429);
  });
});

describe('"not required for local addresses"', () => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await startTestApp();
  });
  afterAll(() => testApp?.close());

  it('is off by default, lets loopback callers in when on, and never trusts a forwarded request', async () => {
    expect((await request(testApp.server).get('/api/v1/auth/settings').expect(200)).body).toEqual({
      authenticationRequired: 'enabled',
    });
    await request(testApp.publicUrl).get('/api/v1/jobs').expect(401);
    const bad = await request(testApp.server)
      .put('/api/v1/auth/settings')
      .send({ authenticationRequired: 'never' })
      .expect(400);
    expect(JSON.stringify(bad.body)).toMatch(/authenticationRequired/);
    await request(testApp.server)
      .put('/api/v1/auth/settings')
      .send({ authenticationRequired: 'disabledForLocalAddresses' })
      .expect(200);
    await request(testApp.publicUrl).get('/api/v1/jobs').expect(200);
    // A reverse proxy on this machine forwards internet visitors from 127.0.0.1.
    await request(testApp.publicUrl).get('/api/v1/jobs').set('X-Forwarded-For', '203.0.113.9').expect(401);
  });
});

describe('behind a trusted TLS proxy', () => {
  it('marks the session cookie Secure and judges the forwarded address', async () => {
    const testApp = await startTestApp({ server: { trustProxy: true } });
    try {
      const created = await request(testApp.publicUrl)
        .post('/api/v1/auth/setup')
        .set('X-Forwarded-Proto', 'https')
        .send({ username: 'admin', password: 'a long enough secret' })
        .expect(201);
      expect(String(created.headers['set-cookie'])).toMatch(/; Secure/i);
      await request(testApp.server)
        .put('/api/v1/auth/settings')
        .send({ authenticationRequired: 'disabledForLocalAddresses' })
        .expect(200);
      await request(testApp.publicUrl).get('/api/v1/jobs').set('X-Forwarded-For', '192.168.1.7').expect(200);
      await request(testApp.publicUrl).get('/api/v1/jobs').set('X-Forwarded-For', '203.0.113.9').expect(401);
    } finally {
      await testApp.close();
    }
  });
});
