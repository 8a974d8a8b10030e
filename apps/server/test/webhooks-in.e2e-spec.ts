// Webhooks in: Jellyfin (both value styles, text/plain), Lidarr (Test, Download) and the generic request hook,
// each let in by its own secret (header or query) or the API key, against the whole server with scripted steps.
// A loopback fake Jellyfin answers the item lookups and checks the token it is sent.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import request from 'supertest';
import {
  type DeliveryDto,
  type IntegrationDto,
  type JobDto,
  JobKind,
  type Page,
  type WebhookDto,
  type WebhookResultDto,
} from '@app/contracts';
import { type FakeHttpServer, pollUntil, startFakeHttpServer } from '@app/testing';
import { startTestApp, type TestApp } from './support/test-app.js';
import type { Server } from './support/wait-for-job.js';

const FIXTURES = new URL('../../../libs/integrations/test/fixtures/', import.meta.url);
const fixture = (name: string) => readFile(new URL(name, FIXTURES), 'utf8');

const JELLYFIN_TOKEN = 'jellyfin-token-0123456789';
const TEMPLATE_ITEM = '3c5e7b1a-9d2f-4e8b-a6c4-1f0e2d3c4b5a';

let testApp: TestApp;
let server: Server;
let jellyfin: FakeHttpServer;
let secrets: Record<string, string>;
let teardrop: string;

beforeAll(async () => {
  jellyfin = await startFakeHttpServer((req) => {
    if (req.headers.authorization !== `MediaBrowser Client="TrueTrack", Token="${JELLYFIN_TOKEN}"`) {
      return { status: 401, body: 'Unauthorized' };
    }
    if (req.path === `/Items/${TEMPLATE_ITEM}`)
      return { body: { Id: TEMPLATE_ITEM, Path: '/music/Massive Attack/Teardrop.flac' } };
    return { status: 404, body: 'Not Found' };
  });
  testApp = await startTestApp();
  server = testApp.server;
  teardrop = join(testApp.config.paths.libraryRoot, 'Massive Attack', 'Teardrop.flac');
  await mkdir(dirname(teardrop), { recursive: true });
  await writeFile(teardrop, 'audio');
  await request(server)
    .post('/api/v1/integrations')
    .send({
      kind: 'jellyfin',
      name: 'Jellyfin',
      settings: { url: jellyfin.url, apiKey: JELLYFIN_TOKEN, libraryPath: '/music' },
    })
    .expect(201);
  const hooks = (await request(server).get('/api/v1/webhooks').expect(200)).body as WebhookDto[];
  secrets = Object.fromEntries(hooks.map((hook) => [hook.source, hook.secret]));
});

afterAll(async () => {
  await testApp.close();
  await jellyfin.close();
});

/** Straight to the server, without the API key the test client adds. */
const open = () => request(testApp.publicUrl);

const jobCount = async () =>
  ((await request(server).get('/api/v1/jobs').query({ parentId: 'none' }).expect(200)).body as Page<JobDto>)
    .totalRecords;

const deliveries = async (source: string) =>
  (
    (await request(server).get('/api/v1/deliveries').query({ direction: 'in', source }).expect(200))
      .body as Page<DeliveryDto>
  ).records;

describe('GET /api/v1/webhooks', () => {
  it('lists each webhook with its path, a secret and its event map, and needs the API key', async () => {
    const hooks = (await request(server).get('/api/v1/webhooks').expect(200)).body as WebhookDto[];
    expect(hooks.map((hook) => [hook.source, hook.path])).toEqual([
      ['jellyfin', '/api/v1/webhooks/jellyfin'],
      ['lidarr', '/api/v1/webhooks/lidarr'],
      ['request', '/api/v1/webhooks/request'],
    ]);
    expect(hooks[0]).toMatchObject({ enabled: true, events: { ItemAdded: 'import-if-poor-tags' } });
    expect(new Set(hooks.map((hook) => hook.secret)).size).toBe(3);
    await open().get('/api/v1/webhooks').expect(401);
  });
});

describe('POST /api/v1/webhooks/jellyfin', () => {
  it('imports an Audio item with poor tags posted as text/plain (template style), found through Jellyfin', async () => {
    const body = await fixture('jellyfin-webhook-itemadded-audio.template-rendered.txt');
    const answer = await open()
      .post('/api/v1/webhooks/jellyfin')
      .query({ secret: secrets['jellyfin'] })
      .set('content-type', 'text/plain; charset=utf-8')
      .send(body)
      .expect(200);
    const result = answer.body as WebhookResultDto;
    expect(result).toMatchObject({ outcome: 'jobs-created' });
    expect(result.jobIds).toHaveLength(1);
    const job = (await request(server).get(`/api/v1/jobs/${result.jobIds[0]}`).expect(200)).body as JobDto;
    expect(job).toMatchObject({ kind: JobKind.Import, query: teardrop });
    expect(jellyfin.requests.map((r) => `${r.method} ${r.path}`)).toContain(`GET /Items/${TEMPLATE_ITEM}`);

    const [delivery] = await deliveries('jellyfin');
    expect(delivery).toMatchObject({
      id: result.deliveryId,
      event: 'ItemAdded',
      outcome: 'jobs-created',
      httpStatus: 200,
      jobIds: result.jobIds,
    });
  });

  it('leaves an item alone whose tags are complete ("send all properties" style)', async () => {
    const before = await jobCount();
    const body = await fixture('jellyfin-webhook-itemadded-audio.sendallproperties.json');
    const answer = await open()
      .post('/api/v1/webhooks/jellyfin')
      .set('x-webhook-secret', secrets['jellyfin']!)
      .set('content-type', 'application/json')
      .send(body)
      .expect(200);
    expect(answer.body).toMatchObject({ outcome: 'ignored', jobIds: [] });
    expect(await jobCount()).toBe(before);
  });

  it('answers malformed and oversized bodies with 4xx naming the body, logs them and creates nothing', async () => {
    const before = await jobCount();
    const malformed = await open()
      .post('/api/v1/webhooks/jellyfin')
      .query({ secret: secrets['jellyfin'] })
      .set('content-type', 'text/plain')
      .send('{"NotificationType": "ItemAdded",')
      .expect(400);
    expect(malformed.body).toMatchObject({ errors: [{ field: 'body', message: 'body is not valid JSON' }] });
    const huge = JSON.stringify({ NotificationType: 'ItemAdded', Overview: 'x'.repeat(1024 * 1024) });
    const oversized = await open()
      .post('/api/v1/webhooks/jellyfin')
      .query({ secret: secrets['jellyfin'] })
      .set('content-type', 'text/plain')
      .send(huge)
      .expect(413);
    expect(oversized.body).toMatchObject({ errors: [{ field: 'body' }] });
    await open()
      .post('/api/v1/webhooks/jellyfin')
      .query({ secret: secrets['jellyfin'] })
      .set('content-type', 'text/plain')
      .send('{"ItemType": "Audio"}')
      .expect(400);

    expect(await jobCount()).toBe(before);
    const logged = (await deliveries('jellyfin')).slice(0, 3);
    expect(logged.map((d) => `${d.outcome} ${d.httpStatus} ${d.error}`).sort()).toEqual([
      'rejected 400 NotificationType must be a non-empty string',
      'rejected 400 body is not valid JSON',
      'rejected 413 body must not be larger than 1 MB',
    ]);
  });

  it('logs malformed and oversized JSON bodies too, which the application parses before any route', async () => {
    const before = await jobCount();
    // Without the secret a bad body is answered alike, but nobody can fill the log with them.
    await open().post('/api/v1/webhooks/lidarr').set('content-type', 'application/json').send('{').expect(400);
    const malformed = await open()
      .post('/api/v1/webhooks/lidarr')
      .set('x-webhook-secret', secrets['lidarr']!)
      .set('content-type', 'application/json')
      .send('{"eventType": "Download", trackFiles')
      .expect(400);
    expect(malformed.body).toMatchObject({ errors: [{ field: 'body', message: 'body is not valid JSON' }] });
    const huge = JSON.stringify({ eventType: 'Download', overview: 'x'.repeat(1024 * 1024) });
    await open()
      .post('/api/v1/webhooks/lidarr')
      .set('x-webhook-secret', secrets['lidarr']!)
      .set('content-type', 'application/json')
      .send(huge)
      .expect(413);

    expect(await jobCount()).toBe(before);
    const rejected = async () => (await deliveries('lidarr')).filter((d) => d.outcome === 'rejected');
    expect(
      (await pollUntil(rejected, (rows) => rows.length >= 2, 5000)).map((d) => `${d.httpStatus} ${d.error}`).sort(),
    ).toEqual(['400 body is not valid JSON', '413 body must not be larger than 1 MB']);
  });

  it('refuses a wrong or missing secret with 401 and creates nothing', async () => {
    const before = await jobCount();
    const body = await fixture('jellyfin-webhook-itemadded-audio.template-rendered.txt');
    await open().post('/api/v1/webhooks/jellyfin').query({ secret: 'wrong' }).type('text/plain').send(body).expect(401);
    await open()
      .post('/api/v1/webhooks/jellyfin')
      .set('x-webhook-secret', 'wrong')
      .type('text/plain')
      .send(body)
      .expect(401);
    await open().post('/api/v1/webhooks/jellyfin').type('text/plain').send(body).expect(401);
    expect(await jobCount()).toBe(before);
  });
});

describe('POST /api/v1/webhooks/lidarr', () => {
  it('answers a Test event with 200 and logs it', async () => {
    const answer = await open()
      .post('/api/v1/webhooks/lidarr')
      .set('x-webhook-secret', secrets['lidarr']!)
      .set('content-type', 'application/json')
      .send(await fixture('lidarr-webhook-test.json'))
      .expect(200);
    expect(answer.body).toMatchObject({ outcome: 'ignored', jobIds: [], message: 'test received' });
    expect((await deliveries('lidarr')).find((d) => d.event === 'Test')).toMatchObject({
      outcome: 'ignored',
      httpStatus: 200,
    });
  });

  it('imports the track files of a Download event that lie inside the library', async () => {
    const payload = JSON.parse(await fixture('lidarr-webhook-download.json')) as { trackFiles: { path: string }[] };
    payload.trackFiles[0]!.path = teardrop;
    const answer = await open()
      .post('/api/v1/webhooks/lidarr')
      .query({ secret: secrets['lidarr'] })
      .send(payload)
      .expect(200);
    const result = answer.body as WebhookResultDto;
    expect(result.jobIds).toHaveLength(1);
    const job = (await request(server).get(`/api/v1/jobs/${result.jobIds[0]}`).expect(200)).body as JobDto;
    expect(job).toMatchObject({ kind: JobKind.Import, query: teardrop });
  });

  it('refuses files outside the library and the import folders with 422, and logs why', async () => {
    const before = await jobCount();
    const answer = await open()
      .post('/api/v1/webhooks/lidarr')
      .query({ secret: secrets['lidarr'] })
      .set('content-type', 'application/json')
      .send(await fixture('lidarr-webhook-download.json'))
      .expect(422);
    expect((answer.body as { message: string }).message).toContain('01 - Never Gonna Give You Up.flac');
    expect(await jobCount()).toBe(before);
    const refused = (await deliveries('lidarr')).filter((d) => d.httpStatus === 422);
    expect(refused).toEqual([expect.objectContaining({ event: 'Download', httpStatus: 422, jobIds: [] })]);
    expect(refused[0]!.error).toContain('must be inside the library or an import folder');
  });
});

describe('POST /api/v1/webhooks/request', () => {
  it('creates a track job with the secret in a header, in the query, or with the API key instead', async () => {
    const byHeader = await open()
      .post('/api/v1/webhooks/request')
      .set('x-webhook-secret', secrets['request']!)
      .send({ artist: 'Rick Astley', title: 'Never Gonna Give You Up' })
      .expect(200);
    const byQuery = await open()
      .post('/api/v1/webhooks/request')
      .query({ secret: secrets['request'] })
      .send({ query: 'teardrop massive attack' })
      .expect(200);
    const byKey = await request(server)
      .post('/api/v1/webhooks/request')
      .send({ url: 'https://example.org/x' })
      .expect(200);
    const queries = [];
    for (const answer of [byHeader, byQuery, byKey]) {
      const [id] = (answer.body as WebhookResultDto).jobIds;
      queries.push(((await request(server).get(`/api/v1/jobs/${id}`).expect(200)).body as JobDto).query);
    }
    expect(queries).toEqual([
      'Rick Astley - Never Gonna Give You Up',
      'teardrop massive attack',
      'https://example.org/x',
    ]);
  });

  it('answers 400 naming the field when nothing to ask for is given', async () => {
    const answer = await open()
      .post('/api/v1/webhooks/request')
      .set('x-webhook-secret', secrets['request']!)
      .send({ artist: 'Rick Astley' })
      .expect(400);
    expect(answer.body).toMatchObject({ errors: [{ field: 'title' }] });
  });
});

describe('PUT /api/v1/webhooks/:source', () => {
  it('rotates a secret: the old one stops working', async () => {
    const old = secrets['request']!;
    const updated = (await request(server).put('/api/v1/webhooks/request').send({ rotateSecret: true }).expect(200))
      .body as WebhookDto;
    expect(updated.secret).not.toBe(old);
    await open().post('/api/v1/webhooks/request').set('x-webhook-secret', old).send({ query: 'x' }).expect(401);
    await open()
      .post('/api/v1/webhooks/request')
      .set('x-webhook-secret', updated.secret)
      .send({ query: 'x' })
      .expect(200);
    secrets['request'] = updated.secret;
  });

  it('maps events to actions and refuses unknown actions, naming the event', async () => {
    const answer = await request(server)
      .put('/api/v1/webhooks/lidarr')
      .send({ events: { Download: 'request' } })
      .expect(400);
    expect(answer.body).toMatchObject({ errors: [{ field: 'events.Download' }] });
    const updated = (
      await request(server)
        .put('/api/v1/webhooks/jellyfin')
        .send({ events: { ItemAdded: 'import' } })
        .expect(200)
    ).body as WebhookDto;
    expect(updated.events).toEqual({ ItemAdded: 'import' });
  });

  it('turns a webhook off: 403 even with the secret', async () => {
    await request(server).put('/api/v1/webhooks/request').send({ enabled: false }).expect(200);
    await open()
      .post('/api/v1/webhooks/request')
      .set('x-webhook-secret', secrets['request']!)
      .send({ query: 'x' })
      .expect(403);
    await request(server).put('/api/v1/webhooks/request').send({ enabled: true }).expect(200);
  });

  it('refuses an unknown source', async () => {
    await request(server).put('/api/v1/webhooks/sonarr').send({ enabled: true }).expect(400);
  });
});

describe('the Jellyfin integration used for lookups', () => {
  it('shows its token masked', async () => {
    const [integration] = (await request(server).get('/api/v1/integrations').expect(200)).body as IntegrationDto[];
    expect(integration!.settings['apiKey']).toBe('********6789');
    expect(JSON.stringify(integration)).not.toContain(JELLYFIN_TOKEN);
  });
});
