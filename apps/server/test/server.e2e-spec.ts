import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { startTestApp, type TestApp } from './support/test-app.js';

describe('the server without an admin UI build and without CORS origins', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await startTestApp();
  });

  afterAll(async () => {
    await testApp.close();
  });

  it('answers GET /ping', async () => {
    await request(testApp.server).get('/ping').expect(200, { status: 'ok' });
  });

  it('serves the OpenAPI document listing every job route at both mounts, and its UI', async () => {
    const server = testApp.server;
    const document = (await request(server).get('/api/docs-json').expect(200)).body as {
      paths: Record<string, Record<string, { operationId: string }>>;
    };
    const routes = Object.entries(document.paths).flatMap(([path, methods]) =>
      Object.keys(methods).map((m) => `${m.toUpperCase()} ${path}`),
    );
    for (const base of ['/api/v1/jobs', '/jobs']) {
      expect(routes).toEqual(
        expect.arrayContaining([
          `POST ${base}`,
          `GET ${base}`,
          `GET ${base}/{id}`,
          `POST ${base}/{id}/input`,
          `POST ${base}/{id}/cancel`,
          `POST ${base}/{id}/retry`,
          `GET ${base}/{id}/history`,
        ]),
      );
    }
    expect(routes).toEqual(expect.arrayContaining(['GET /api/v1/events', 'GET /ping']));
    expect(document.paths['/api/v1/jobs']!['post']!.operationId).toBe('Jobs_create');
    expect(document.paths['/jobs/{id}']!['get']!.operationId).toBe('Jobs_getBare');
    const ui = await request(server).get('/api/docs').expect(200);
    expect(ui.text).toContain('swagger');
  });

  it('answers unknown paths, the root included, with a JSON 404', async () => {
    for (const path of ['/', '/api/v1/nothing', '/jobs/x/y/z']) {
      const res = await request(testApp.server).get(path).expect(404);
      expect(res.body).toMatchObject({ statusCode: 404, error: 'Not Found', errors: [] });
    }
  });

  it('sends no CORS headers', async () => {
    const res = await request(testApp.server).get('/ping').set('Origin', 'http://localhost:4200').expect(200);
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
  });
});

describe('the server with an admin UI build and a CORS origin', () => {
  let testApp: TestApp;
  const adminDir = mkdtempSync(join(tmpdir(), 'truetrack-admin-'));

  beforeAll(async () => {
    mkdirSync(join(adminDir, 'assets'));
    writeFileSync(join(adminDir, 'index.html'), '<!doctype html><title>TrueTrack admin</title>');
    writeFileSync(join(adminDir, 'assets', 'app.js'), 'console.info("admin");');
    testApp = await startTestApp({ paths: { adminDir }, server: { allowedOrigins: ['http://localhost:4200'] } });
  });

  afterAll(async () => {
    await testApp.close();
    rmSync(adminDir, { recursive: true, force: true });
  });

  it.each(['/', '/queue', '/settings/providers'])('serves index.html for %s', async (path) => {
    const res = await request(testApp.server).get(path).expect(200);
    expect(res.text).toContain('TrueTrack admin');
  });

  it('serves its files', async () => {
    const res = await request(testApp.server).get('/assets/app.js').expect(200);
    expect(res.text).toContain('admin');
  });

  it.each([
    ['/ping', 200],
    ['/api/v1/nothing', 404],
    ['/api/v1/jobs/abc', 400],
    ['/jobs/abc', 400],
    ['/jobs', 200],
  ])('leaves %s to the API', async (path, status) => {
    const res = await request(testApp.server).get(path).expect(status);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
  });

  it('allows the configured origin only', async () => {
    const server = testApp.server;
    const allowed = await request(server).get('/ping').set('Origin', 'http://localhost:4200').expect(200);
    expect(allowed.headers['access-control-allow-origin']).toBe('http://localhost:4200');
    const other = await request(server).get('/ping').set('Origin', 'http://evil.example').expect(200);
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
  });
});

it('shuts down promptly while an event stream is open', async () => {
  const testApp = await startTestApp();
  const response = await fetch(`${testApp.baseUrl}/api/v1/events`);
  expect(response.status).toBe(200);
  const started = Date.now();
  await testApp.close();
  expect(Date.now() - started).toBeLessThan(3000);
  await response.body?.cancel().catch(() => undefined);
});
