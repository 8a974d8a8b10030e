import request from 'supertest';
import type { AppConfig } from '@app/config';
import { type JobDto, type JobEventDto, type JobOptions, JobStreamEvent } from '@app/contracts';
import { JobEventBus } from '@app/jobs';
import {
  type DeepPartial,
  deepMerge,
  type FakeMusicWorld,
  type FakeMusicWorldOptions,
  startFakeMusicWorld,
} from '@app/testing';
import { startTestApp, type TestApp } from './test-app.js';

export interface MusicWorldApp extends TestApp {
  world: FakeMusicWorld;
  /** `POST /jobs` for a track request, as a person would send it. */
  request(query: string, options?: JobOptions): Promise<JobDto>;
  history(id: string): Promise<JobEventDto[]>;
  /** Calls `listener` with every job.updated event (what `GET /api/v1/events` streams) until the returned stop. */
  onJobUpdated(listener: (job: JobDto) => void): () => void;
}

/**
 * The whole server with the real feature modules (real yt-dlp, ffmpeg, fpcalc) and every provider pointed at
 * the fake music world on 127.0.0.1.
 */
export async function startMusicWorldApp(
  overrides: DeepPartial<AppConfig> = {},
  worldOptions: FakeMusicWorldOptions = {},
): Promise<MusicWorldApp> {
  const world = await startFakeMusicWorld(worldOptions);
  try {
    const testApp = await startTestApp(deepMerge(world.config, overrides), {});
    const server = testApp.server;
    return {
      ...testApp,
      world,
      server,
      request: async (query, options) =>
        (
          await request(server)
            .post('/jobs')
            .send({ query, ...(options && { options }) })
            .expect(201)
        ).body as JobDto,
      history: async (id) =>
        (await request(server).get(`/api/v1/jobs/${id}/history`).expect(200)).body as JobEventDto[],
      onJobUpdated: (listener) =>
        testApp.app.get(JobEventBus).subscribe((message) => {
          if (message.type === JobStreamEvent.Updated) listener(message.job);
        }),
      async close() {
        await testApp.close();
        await world.close();
      },
    };
  } catch (error) {
    await world.close();
    throw error;
  }
}
