// The tool status a person checks first when downloads fail: which yt-dlp and ffmpeg, or what is wrong.
import request from 'supertest';
import type { ToolStatusDto } from '@app/contracts';
import { NO_YTDLP, type PipelineApp, startPipelineApp } from './support/pipeline-app.js';

let pipeline: PipelineApp;

beforeAll(async () => {
  pipeline = await startPipelineApp();
});

afterAll(async () => {
  await pipeline.close();
});

it('reports each tool with its version, or the problem with it', async () => {
  const response = await request(pipeline.app.getHttpServer()).get('/api/v1/system/tools').expect(200);
  const tools = response.body as ToolStatusDto[];
  expect(tools.map((t) => t.name)).toEqual(['yt-dlp', 'ffmpeg', 'ffprobe']);
  expect(tools[0]).toMatchObject({
    path: NO_YTDLP,
    ok: false,
    version: null,
    problem: expect.stringContaining(NO_YTDLP),
  });
  expect(tools[1]).toMatchObject({ path: 'ffmpeg', ok: true, version: expect.stringMatching(/^ffmpeg version \S+/) });
  expect(tools[2]).toMatchObject({ path: 'ffprobe', ok: true, version: expect.stringMatching(/^ffprobe version \S+/) });
});
