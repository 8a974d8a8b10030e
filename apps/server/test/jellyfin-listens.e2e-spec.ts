// Jellyfin Webhook plugin PlaybackStop events, received as every Jellyfin webhook is, become listens of the
// listener named like the Jellyfin user when played past half or 4 minutes.
import { readFile } from 'node:fs/promises';
import request from 'supertest';
import type { DeliveryDto, ListenDto, ListenerDto, Page, WebhookDto } from '@app/contracts';
import { startTestApp, type TestApp } from './support/test-app.js';

const FIXTURE = new URL(
  '../../../libs/integrations/test/fixtures/jellyfin-webhook-playbackstop-audio.sendallproperties.json',
  import.meta.url,
);

let testApp: TestApp;
let secret: string;
let alice: ListenerDto;
let stop: Record<string, unknown>;

beforeAll(async () => {
  testApp = await startTestApp();
  const hooks = (await request(testApp.server).get('/api/v1/webhooks').expect(200)).body as WebhookDto[];
  secret = hooks.find((hook) => hook.source === 'jellyfin')!.secret;
  alice = (await request(testApp.server).post('/api/v1/listeners').send({ name: 'Alice' }).expect(201))
    .body as ListenerDto;
  stop = JSON.parse(await readFile(FIXTURE, 'utf8')) as Record<string, unknown>;
});

afterAll(() => testApp.close());

const send = (body: unknown) =>
  request(testApp.publicUrl)
    .post('/api/v1/webhooks/jellyfin')
    .set('X-Webhook-Secret', secret)
    .set('Content-Type', 'text/plain')
    .send(JSON.stringify(body))
    .expect(200);

const listens = async () =>
  (await request(testApp.server).get('/api/v1/listens/recent').query({ listenerId: alice.id }).expect(200))
    .body as ListenDto[];

const lastDelivery = async () =>
  (
    (await request(testApp.server).get('/api/v1/deliveries').query({ direction: 'in', source: 'jellyfin' }).expect(200))
      .body as Page<DeliveryDto>
  ).records[0]!;

it('PlaybackStop is a listen action by default', async () => {
  const hooks = (await request(testApp.server).get('/api/v1/webhooks').expect(200)).body as WebhookDto[];
  expect(hooks.find((hook) => hook.source === 'jellyfin')!.events).toMatchObject({ PlaybackStop: 'listen' });
});

it("records the plugin's PlaybackStop for the listener named like the user, dated at the play's start", async () => {
  const answer = await send(stop);
  expect(answer.body).toMatchObject({ outcome: 'listen-recorded', message: 'listen recorded for Alice', jobIds: [] });
  expect(await listens()).toEqual([
    expect.objectContaining({
      artistName: 'Rick Astley',
      trackName: 'Never Gonna Give You Up',
      releaseName: 'Whenever You Need Somebody',
      // UtcTimestamp 12:00:00.123 less the 212.9 s position reached.
      listenedAt: new Date(Date.parse('2025-01-01T12:00:00.123Z') - 212_900).toISOString(),
      durationMs: 213_000,
      recordingMbid: '98255a8c-017a-4bc7-8dd6-1fa36124572b',
      source: 'jellyfin',
    }),
  ]);
  expect(await lastDelivery()).toMatchObject({ outcome: 'listen-recorded' });
});

it('records nothing for a play stopped before half the track, and says why', async () => {
  const answer = await send({ ...stop, UtcTimestamp: '2025-01-02T12:00:00Z', PlaybackPositionTicks: 300_000_000 });
  expect(answer.body).toMatchObject({
    outcome: 'ignored',
    message: 'played 0:30 of 3:33: not past half or 4 minutes',
  });
  expect(await listens()).toHaveLength(1);
});

it('records nothing for a user no listener is named after', async () => {
  const answer = await send({ ...stop, UtcTimestamp: '2025-01-03T12:00:00Z', NotificationUsername: 'bob' });
  expect(answer.body).toMatchObject({ outcome: 'ignored', message: 'no listener is named bob' });
  expect(await listens()).toHaveLength(1);
});
