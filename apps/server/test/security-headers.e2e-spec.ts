import request from 'supertest';
import { startTestApp, type TestApp } from './support/test-app.js';

let testApp: TestApp;
beforeAll(async () => {
  testApp = await startTestApp();
});
afterAll(() => testApp?.close());

describe('security headers', () => {
  it.each(['/', '/ping', '/api/v1/jobs', '/api/v1/auth/status', '/no-such-page'])('are on %s', async (path) => {
    const answer = await request(testApp.server).get(path);
    expect(answer.headers['x-content-type-options']).toBe('nosniff');
    expect(answer.headers['x-frame-options']).toBe('DENY');
    expect(answer.headers['referrer-policy']).toBe('same-origin');
    expect(answer.headers['cross-origin-opener-policy']).toBe('same-origin');
    // Covers and audio are for the admin UI only: another site's <img> or <audio> may not embed them.
    expect(answer.headers['cross-origin-resource-policy']).toBe('same-origin');
    const csp = String(answer.headers['content-security-policy']);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(answer.headers['x-powered-by']).toBeUndefined();
  });
});
