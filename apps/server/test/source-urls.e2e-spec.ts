import request from 'supertest';
import type { WebhookDto } from '@app/contracts';
import { startTestApp, type TestApp } from './support/test-app.js';

/** A URL job makes yt-dlp fetch the URL from the server: the server's own network is off limits by default. */
describe('URL jobs', () => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await startTestApp();
  });
  afterAll(() => testApp?.close());

  it.each<[string, string]>([
    ['http://127.0.0.1:8000/api/v1/auth/api-key', '127.0.0.1 is a loopback address'],
    ['http://10.0.0.5/music/song.flac', '10.0.0.5 is a private (RFC 1918) address'],
    ['http://169.254.169.254/latest/meta-data/', '169.254.169.254 is a link-local address'],
    ['http://2130706433/', '127.0.0.1 is a loopback address'],
    ['http://[::ffff:169.254.169.254]/', '::ffff:a9fe:a9fe is a link-local address'],
  ])('refuses %s with a 422 that says why and which setting allows it', async (url, reason) => {
    const answer = await request(testApp.server).post('/api/v1/jobs').send({ query: url }).expect(422);
    const message = (answer.body as { message: string }).message;
    expect(message).toContain(`query: ${reason}`);
    expect(message).toContain('TRUETRACK_ALLOW_PRIVATE_SOURCES');
  });

  it('refuses such a URL inside a pasted list, naming its line, and creates no job', async () => {
    const before = (await request(testApp.server).get('/api/v1/jobs').expect(200)).body as { totalRecords: number };
    const answer = await request(testApp.server)
      .post('/api/v1/lists')
      .send({ text: 'numb linkin park\nhttp://169.254.169.254/latest/meta-data/\n' })
      .expect(422);
    expect((answer.body as { message: string }).message).toContain('text (line 2): 169.254.169.254 is a link-local');
    const after = (await request(testApp.server).get('/api/v1/jobs').expect(200)).body as { totalRecords: number };
    expect(after.totalRecords).toBe(before.totalRecords);
  });

  it('refuses such a URL sent by the request webhook, which only needs its own secret', async () => {
    const hooks = (await request(testApp.server).get('/api/v1/webhooks').expect(200)).body as WebhookDto[];
    const secret = hooks.find((hook) => hook.source === 'request')!.secret;
    const answer = await request(testApp.publicUrl)
      .post('/api/v1/webhooks/request')
      .set('x-webhook-secret', secret)
      .send({ url: 'http://169.254.169.254/latest/meta-data/iam/' })
      .expect(422);
    expect(JSON.stringify(answer.body)).toContain('169.254.169.254 is a link-local address');
  });
});

describe('TRUETRACK_ALLOW_PRIVATE_SOURCES', () => {
  it('lets URL jobs reach the hosts and subnets it names, and only those', async () => {
    const testApp = await startTestApp({ sources: { allowPrivate: ['10.0.0.0/8', '127.0.0.1'] } });
    try {
      await request(testApp.server).post('/api/v1/jobs').send({ query: 'http://10.0.0.5/song.flac' }).expect(201);
      await request(testApp.server).post('/api/v1/jobs').send({ query: 'http://127.0.0.1:9/song.flac' }).expect(201);
      await request(testApp.server).post('/api/v1/jobs').send({ query: 'http://169.254.169.254/' }).expect(422);
    } finally {
      await testApp.close();
    }
  });
});
