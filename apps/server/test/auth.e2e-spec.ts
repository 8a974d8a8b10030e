import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { API_KEY_FILE, SETUP_TOKEN_FILE } from '@app/auth';
import { ADMIN, readSetupToken, sessionCookieOf, setUpAdmin } from './support/admin-session.js';
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
  let admin: string;
  beforeAll(async () => {
    testApp = await startTestApp({ auth: { apiKey: undefined } });
    admin = await setUpAdmin(testApp);
  });
  afterAll(() => testApp?.close());

  const keyOf = async () =>
    (await request(testApp.publicUrl).get('/api/v1/auth/api-key').set('Cookie', admin).expect(200)).body as {
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

  it('does not open Settings → Security: a Lidarr client holding it cannot read keys, add users or turn auth off', async () => {
    const key = readKeyFile();
    const asKey = () => request(testApp.publicUrl);
    const refused = await asKey().get('/api/v1/auth/api-key').set('X-Api-Key', key).expect(403);
    expect((refused.body as { message: string }).message).toMatch(/signed-in user/);
    await asKey().post('/api/v1/auth/api-key/regenerate').set('X-Api-Key', key).expect(403);
    await asKey()
      .post('/api/v1/auth/users')
      .set('X-Api-Key', key)
      .send({ username: 'mallory', password: 'a long enough secret' })
      .expect(403);
    await asKey().get('/api/v1/auth/users').set('X-Api-Key', key).expect(403);
    await asKey()
      .put('/api/v1/auth/settings')
      .set('X-Api-Key', key)
      .send({ authenticationRequired: 'disabledForLocalAddresses' })
      .expect(403);
    // The routes a Lidarr client uses stay open to the key.
    await asKey().get('/api/v1/jobs').set('X-Api-Key', key).expect(200);
  });

  it('can be regenerated by a signed-in user: the old key stops working at once, the file follows', async () => {
    const old = readKeyFile();
    const response = await request(testApp.publicUrl)
      .post('/api/v1/auth/api-key/regenerate')
      .set('Cookie', admin)
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
      const admin = await setUpAdmin(testApp);
      const shown = await request(testApp.publicUrl).get('/api/v1/auth/api-key').set('Cookie', admin).expect(200);
      expect(shown.body).toEqual({ apiKey: testApp.apiKey, fixed: true });
      const refused = await request(testApp.publicUrl)
        .post('/api/v1/auth/api-key/regenerate')
        .set('Cookie', admin)
        .expect(409);
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
  const setup = (body: object) => request(testApp.publicUrl).post('/api/v1/auth/setup').send(body);

  it('first run: refuses setup without the one-time token, saying where it is', async () => {
    expect(await status()).toEqual({ setupRequired: true, authenticated: false });
    const tokenFile = join(testApp.config.paths.dataDir, SETUP_TOKEN_FILE);
    expect(statSync(tokenFile).mode & 0o777).toBe(0o600);
    const missing = await setup(ADMIN).expect(403);
    expect((missing.body as { message: string }).message).toBe(
      'setupToken is required. The setup token is printed in the server log at first start and kept in the file ' +
        'setup-token in the data folder; `truetrack setup-token` shows it.',
    );
    const wrong = await setup({ ...ADMIN, setupToken: 'guessed-token' }).expect(403);
    expect((wrong.body as { message: string }).message).toMatch(/^setupToken is wrong\. /);
    expect(await status()).toEqual({ setupRequired: true, authenticated: false });
  });

  it('first run: creates the admin with a session cookie that is HttpOnly and SameSite, once', async () => {
    const bad = await setup({ username: 'admin', password: 'short', setupToken: readSetupToken(testApp) }).expect(400);
    expect(JSON.stringify(bad.body)).toMatch(/password/);

    const created = await setup({ ...ADMIN, setupToken: readSetupToken(testApp) }).expect(201);
    const cookie = sessionCookie(created);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).not.toMatch(/Secure/i);
    expect(existsSync(join(testApp.config.paths.dataDir, SETUP_TOKEN_FILE))).toBe(false);
    const token = cookie.split(';')[0]!;
    expect(await status(token)).toEqual({
      setupRequired: false,
      authenticated: true,
      via: 'session',
      user: { username: 'admin' },
    });
    await request(testApp.publicUrl).get('/api/v1/jobs').set('Cookie', token).expect(200);

    await setup({ username: 'intruder', password: 'another long secret', setupToken: 'anything' }).expect(409);
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

  it('treats a malformed session cookie as none: 401, not a server error', async () => {
    await request(testApp.publicUrl).get('/api/v1/jobs').set('Cookie', 'truetrack_session=%E0%A4%A').expect(401);
    const open = await request(testApp.publicUrl)
      .get('/api/v1/auth/status')
      .set('Cookie', 'truetrack_session=%zz')
      .expect(200);
    expect(open.body).toMatchObject({ authenticated: false });
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
    const latest = await signIn('the new secret!');
    expect(latest).toBeDefined();
    session = latest!;
  });

  let session: string;

  it('manages users and keeps the last one', async () => {
    const api = () => request(testApp.publicUrl);
    const add = (body: object) => api().post('/api/v1/auth/users').set('Cookie', session).send(body);
    await add({ username: 'second', password: 'second secret!' }).expect(201);
    await add({ username: 'Second', password: 'second secret!' }).expect(409);
    const bad = await add({ username: 'no spaces', password: 'second secret!' });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toMatch(/username/);
    const listed = (await api().get('/api/v1/auth/users').set('Cookie', session).expect(200)).body as {
      username: string;
    }[];
    expect(listed.map((u) => u.username)).toEqual(['admin', 'second']);
    await api().delete('/api/v1/auth/users/admin').set('Cookie', session).expect(204);
    const second = sessionCookieOf(
      await api().post('/api/v1/auth/login').send({ username: 'second', password: 'second secret!' }).expect(200),
    );
    await api().delete('/api/v1/auth/users/second').set('Cookie', second).expect(409);
    await api().delete('/api/v1/auth/users/nobody').set('Cookie', second).expect(404);
  });

  it('refuses a cross-site write made with the session cookie', async () => {
    const second = sessionCookieOf(
      await request(testApp.publicUrl)
        .post('/api/v1/auth/login')
        .send({ username: 'second', password: 'second secret!' })
        .expect(200),
    );
    const forged = await request(testApp.publicUrl)
      .post('/api/v1/auth/users')
      .set('Cookie', second)
      .set('Sec-Fetch-Site', 'cross-site')
      .send({ username: 'mallory', password: 'a long enough secret' })
      .expect(403);
    expect((forged.body as { message: string }).message).toMatch(/Cross-site requests may not change anything/);
    await request(testApp.publicUrl)
      .post('/api/v1/auth/users')
      .set('Cookie', second)
      .set('Origin', 'http://evil.example')
      .send({ username: 'mallory', password: 'a long enough secret' })
      .expect(403);
    await request(testApp.publicUrl)
      .post('/api/v1/jobs')
      .set('Cookie', second)
      .set('Sec-Fetch-Site', 'same-origin')
      .send({ query: 'numb linkin park' })
      .expect(201);
  });

  it('limits failed sign-ins per address; then even the right password waits', async () => {
    const attempt = (password: string) =>
      request(testApp.publicUrl).post('/api/v1/auth/login').send({ username: 'second', password });
    // The limit is 3; earlier successful sign-ins forgave earlier failures.
    await attempt('guess 1').expect(401);
    await attempt('guess 2').expect(401);
    await attempt('guess 3').expect(401);
    const limited = await attempt('guess 4').expect(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    await attempt('second secret!').expect(429);
  });
});

describe('concurrent sign-in guesses', () => {
  it('give 30 parallel wrong passwords at most 5 tries (the limit), however fast they arrive', async () => {
    const testApp = await startTestApp();
    try {
      await setUpAdmin(testApp);
      const statuses = await Promise.all(
        Array.from({ length: 30 }, (_, i) =>
          request(testApp.publicUrl)
            .post('/api/v1/auth/login')
            .send({ username: 'admin', password: `guess ${i}` })
            .then((r) => r.status),
        ),
      );
      expect(statuses.filter((s) => s === 401).length).toBeLessThanOrEqual(5);
      expect(statuses.filter((s) => s !== 401).every((s) => s === 429)).toBe(true);
    } finally {
      await testApp.close();
    }
  });

  it('count wrong setup tokens like wrong passwords: an empty one is missing, and guessing soon waits', async () => {
    const testApp = await startTestApp({ auth: { loginAttempts: 2 } });
    try {
      const setup = (setupToken: string) =>
        request(testApp.publicUrl)
          .post('/api/v1/auth/setup')
          .send({ ...ADMIN, setupToken });
      const empty = await setup('').expect(403);
      expect((empty.body as { message: string }).message).toMatch(/^setupToken is required\. /);
      await setup('a guess').expect(403);
      const limited = await setup(readSetupToken(testApp)).expect(429);
      expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    } finally {
      await testApp.close();
    }
  });

  it('hash nothing for a setup that cannot succeed: the admin exists already', async () => {
    const testApp = await startTestApp({ auth: { loginAttempts: 2 } });
    try {
      await setUpAdmin(testApp);
      // Setup attempts after the first user count nowhere and all answer 409 at once.
      for (let i = 0; i < 5; i++)
        await request(testApp.publicUrl)
          .post('/api/v1/auth/setup')
          .send({ username: `u${i}`, password: 'a long enough secret', setupToken: 'x' })
          .expect(409);
    } finally {
      await testApp.close();
    }
  });
});

describe('"not required for local addresses"', () => {
  let testApp: TestApp;
  let admin: string;
  beforeAll(async () => {
    testApp = await startTestApp();
    admin = await setUpAdmin(testApp);
  });
  afterAll(() => testApp?.close());

  it('is off by default and lets in only requests made on this machine when on', async () => {
    const settings = () => request(testApp.publicUrl).put('/api/v1/auth/settings').set('Cookie', admin);
    expect(
      (await request(testApp.publicUrl).get('/api/v1/auth/settings').set('Cookie', admin).expect(200)).body,
    ).toEqual({ authenticationRequired: 'enabled' });
    await request(testApp.publicUrl).get('/api/v1/jobs').expect(401);
    const bad = await settings().send({ authenticationRequired: 'never' }).expect(400);
    expect(JSON.stringify(bad.body)).toMatch(/authenticationRequired/);
    await settings().send({ authenticationRequired: 'disabledForLocalAddresses' }).expect(200);
    await request(testApp.publicUrl).get('/api/v1/jobs').expect(200);
  });

  it.each<[string, Record<string, string>]>([
    // A reverse proxy on this machine forwards internet visitors from 127.0.0.1.
    ['X-Forwarded-For', { 'X-Forwarded-For': '203.0.113.9' }],
    ['a spoofed loopback X-Forwarded-For', { 'X-Forwarded-For': '127.0.0.1' }],
    ['only X-Real-IP', { 'X-Real-IP': '203.0.113.9' }],
    ['only Forwarded', { Forwarded: 'for=203.0.113.9;proto=https' }],
    // DNS rebinding: a page at rebind.attacker.example whose name now resolves to 127.0.0.1.
    ['a Host that is not a loopback name', { Host: 'rebind.attacker.example:8000' }],
  ])('does not let in a request with %s', async (_name, headers) => {
    await request(testApp.publicUrl).get('/api/v1/jobs').set(headers).expect(401);
  });

  it('never opens Settings → Security, where the API key is', async () => {
    await request(testApp.publicUrl).get('/api/v1/auth/api-key').expect(401);
    await request(testApp.publicUrl)
      .put('/api/v1/auth/settings')
      .send({ authenticationRequired: 'enabled' })
      .expect(401);
  });

  it('refuses cross-site writes, including bodiless and text/plain posts that need no preflight', async () => {
    const jobs = (await request(testApp.publicUrl).get('/api/v1/jobs').expect(200)).body as { totalRecords: number };
    await request(testApp.publicUrl)
      .post('/api/v1/jobs')
      .set('Sec-Fetch-Site', 'cross-site')
      .set('Content-Type', 'text/plain')
      .send('{"query":"http://example.com/x"}')
      .expect(403);
    await request(testApp.publicUrl)
      .post('/api/v1/jobs')
      .set('Origin', 'http://evil.example')
      .set('Content-Type', 'text/plain')
      .expect(403);
    const after = (await request(testApp.publicUrl).get('/api/v1/jobs').expect(200)).body as { totalRecords: number };
    expect(after.totalRecords).toBe(jobs.totalRecords);
  });
});

describe('behind a reverse proxy (TRUETRACK_TRUST_PROXY=1)', () => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await startTestApp({ server: { trustProxy: 1 }, auth: { loginAttempts: 3 } });
  });
  afterAll(() => testApp?.close());

  it('marks the session cookie Secure when the proxy says https', async () => {
    const created = await request(testApp.publicUrl)
      .post('/api/v1/auth/setup')
      .set('X-Forwarded-Proto', 'https')
      .send({ ...ADMIN, setupToken: readSetupToken(testApp) })
      .expect(201);
    expect(String(created.headers['set-cookie'])).toMatch(/; Secure/i);
  });

  it('counts sign-ins against the address the proxy saw, not one the client wrote in X-Forwarded-For', async () => {
    // nginx, Nginx Proxy Manager and SWAG append the real client address to what the client sent.
    const attempt = (spoofed: string) =>
      request(testApp.publicUrl)
        .post('/api/v1/auth/login')
        .set('X-Forwarded-For', `${spoofed}, 198.51.100.7`)
        .send({ username: 'admin', password: 'a guess' });
    for (let i = 1; i <= 3; i++) await attempt(`10.0.0.${i}`).expect(401);
    await attempt('10.0.0.4').expect(429);
    await attempt('127.0.0.1').expect(429);
  });

  it('never treats a forwarded request as local, even a spoofed loopback one', async () => {
    const admin = sessionCookieOf(
      await request(testApp.publicUrl).post('/api/v1/auth/login').set('X-Forwarded-For', '198.51.100.8').send(ADMIN),
    );
    await request(testApp.publicUrl)
      .put('/api/v1/auth/settings')
      .set('Cookie', admin)
      .send({ authenticationRequired: 'disabledForLocalAddresses' })
      .expect(200);
    await request(testApp.publicUrl).get('/api/v1/jobs').set('X-Forwarded-For', '127.0.0.1').expect(401);
    await request(testApp.publicUrl).get('/api/v1/jobs').set('X-Forwarded-For', '192.168.1.7').expect(401);
  });
});
