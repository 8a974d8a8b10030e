// Health notifications: the full server looks at its own tools and tells notification services about a problem
// once. The pipeline app's yt-dlp does not exist, which is exactly such a problem.
import request from 'supertest';
import type { IntegrationDto } from '@app/contracts';
import { HealthWatcher } from '@app/integrations';
import { type FakeHttpServer, startFakeHttpServer } from '@app/testing';
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

async function healthMessages(): Promise<{ eventType: string; message: string }[]> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const seen = hook.requests.map((r) => JSON.parse(r.body) as { eventType: string; message: string });
    if (seen.length || Date.now() > deadline) return seen;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

it('tells a webhook once that yt-dlp cannot run, in the Lidarr-like Health payload', async () => {
  const created = await request(pipeline.server)
    .post('/api/v1/integrations')
    .send({ kind: 'webhook', name: 'health', settings: { url: `${hook.url}/hook` }, events: ['health'] })
    .expect(201);
  expect((created.body as IntegrationDto).events).toEqual(['health']);

  const watcher = pipeline.app.get(HealthWatcher);
  await watcher.checkNow();
  const first = await healthMessages();
  expect(first).toEqual([expect.objectContaining({ eventType: 'Health' })]);
  expect(first[0]!.message).toMatch(new RegExp(`^yt-dlp cannot run: .*${NO_YTDLP}`));

  await watcher.checkNow();
  await new Promise((resolve) => setTimeout(resolve, 300));
  expect(hook.requests).toHaveLength(1);
});
