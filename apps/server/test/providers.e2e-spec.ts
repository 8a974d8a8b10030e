// The provider list and the Test button's route, against the real providers pointed at loopback fakes.
import request from 'supertest';
import type { ProviderDto, ProviderTestDto } from '@app/contracts';
import { type PipelineApp, startPipelineApp } from './support/pipeline-app.js';

let pipeline: PipelineApp;

beforeAll(async () => {
  pipeline = await startPipelineApp();
});

afterAll(async () => {
  await pipeline.close();
});

beforeEach(() => pipeline.serve());

describe('GET /api/v1/providers', () => {
  it('lists every provider with its use, base URL and whether it is on', async () => {
    const response = await request(pipeline.server).get('/api/v1/providers').expect(200);
    const providers = response.body as ProviderDto[];
    expect(providers.map((p) => p.id)).toEqual([
      'musicbrainz',
      'itunes',
      'deezer',
      'youtube_music',
      'coverartarchive',
      'lrclib',
      'acoustid',
    ]);
    expect(providers.find((p) => p.id === 'musicbrainz')).toMatchObject({
      displayName: 'MusicBrainz',
      enabled: true,
      baseUrl: `${pipeline.fakes.musicbrainz.url}/ws/2`,
      capabilities: expect.arrayContaining(['recording-search', 'isrc-lookup']),
    });
    expect(providers.find((p) => p.id === 'lrclib')?.enabled).toBe(false);
    // AcoustID answers only with an application key, and none is set here.
    expect(providers.find((p) => p.id === 'acoustid')?.enabled).toBe(false);
  });
});

describe('POST /api/v1/providers/:id/test', () => {
  it('reports a provider that answers as expected', async () => {
    const response = await request(pipeline.server).post('/api/v1/providers/musicbrainz/test').expect(200);
    const result = response.body as ProviderTestDto;
    expect(result).toMatchObject({ id: 'musicbrainz', ok: true });
    expect(result.message).toMatch(/^MusicBrainz at http:\/\/127\.0\.0\.1:\d+\/ws\/2 answered in \d+ ms$/);
    expect(pipeline.fakes.musicbrainz.requests[0]?.path).toBe('/ws/2/recording');
  });

  it('says which URL failed and how', async () => {
    pipeline.serve({ deezer: () => ({ status: 403, body: 'Forbidden' }) });
    const response = await request(pipeline.server).post('/api/v1/providers/deezer/test').expect(200);
    expect(response.body).toMatchObject({
      id: 'deezer',
      ok: false,
      message: expect.stringMatching(/^Deezer at \S+ failed: .*HTTP 403/),
    });
  });

  it('answers 404 for an unknown provider and 400 for a malformed id', async () => {
    const server = pipeline.server;
    const unknown = await request(server).post('/api/v1/providers/napster/test').expect(404);
    expect(unknown.body.message).toMatch(/^No provider with id napster; known: musicbrainz, itunes/);
    const malformed = await request(server).post('/api/v1/providers/Bad-Id!/test').expect(400);
    expect(malformed.body.errors).toEqual([{ field: 'id', message: 'id must be a provider id such as musicbrainz' }]);
  });
});
