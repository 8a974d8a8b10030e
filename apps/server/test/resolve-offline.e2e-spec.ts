// Asking the resolver directly when no metadata provider is on: a 422 with the reason, never a 500.
import request from 'supertest';
import { startTestApp, type TestApp } from './support/test-app.js';

let testApp: TestApp;

beforeAll(async () => {
  // The real feature modules, with every provider off (the test configuration's default).
  testApp = await startTestApp({}, {});
});

afterAll(async () => {
  await testApp.close();
});

it('answers 422 naming what to enable', async () => {
  const response = await request(testApp.server)
    .post('/api/v1/resolve')
    .send({ query: 'numb linkin park' })
    .expect(422);
  expect(response.body.message).toContain('No metadata provider is enabled');
});
