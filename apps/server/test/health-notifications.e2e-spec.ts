// Health notifications: the full server looks at its own tools and tells notification services about a problem
// once. The pipeline app's yt-dlp does not exist, which is exactly such a problem.
import request from 'supertest';
import type { DeliveryDto, IntegrationDto, Page } from '@app/contracts';
import { HealthWatcher } from '@app/integrations';
import { type FakeHttpServer, pollUntil, startFakeHttpServer } from '@app/testing';
import { NO_YTDLP, type PipelineApp, startPipelineApp } from './support/pipeline-app.js';

let pipeline: PipelineApp;
let hook: FakeHttpServer;

beforeAll(async () => {
  hook = await startFakeHttpServer(() => ({ body: { ok: true } }));
  pipeline = await startPipelineApp();
});

afterAll(async () => {
  await pipeline?.close();
  await hook?.close();
});

const healthDeliveries = async (): Promise<DeliveryDto[]> =>
  (
    (await request(pipeline.server).get('/api/v1/deliveries').query({ direction: 'out' }).expect(200))
      .body as Page<DeliveryDto>
  ).records.filter((delivery) => delivery.event === 'health');

it('tells a webhook once that yt-dlp cannot run, in the Lidarr-like Health payload', async () => {
  const created = await request(pipeline.server)
    .post('/api/v1/integrations')
    .send({ kind: 'webhook', name: 'health', settings: { url: `${hook.url}/hook` }, events: ['health'] })
    .expect(201);
  expect((created.body as IntegrationDto).events).toEqual(['health']);

  const watcher = pipeline.app.get(HealthWatcher);
  await watcher.checkNow();
  // A second round finds the same problem: it is not queued again (checkNow resolves once rows are written).
  await watcher.checkNow();
  expect(await healthDeliveries()).toHaveLength(1);

  await pollUntil(
    async () => hook.requests.length,
    (count) => count > 0,
    10_000,
  );
  const sent = hook.requests.map((r) => JSON.parse(r.body) as { eventType: string; message: string });
  expect(sent).toEqual([expect.objectContaining({ eventType: 'Health' })]);
  expect(sent[0]!.message).toMatch(new RegExp(`^yt-dlp cannot run: .*${NO_YTDLP}`));
});
