// Covers of recent listens: the release a listen names, fetched from the Cover Art Archive by the server (the
// browser never reaches the internet), asked once per release, 404 when there is no art.
import request from 'supertest';
import type { ListenDto, ListenerDto } from '@app/contracts';
import { type FakeHttpServer, startFakeHttpServer } from '@app/testing';
import { onePixelPng } from './support/one-pixel-png.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const WITH_ART = 'c771f7fc-9e62-4349-a2e3-ceaf7122bf5b';
const WITHOUT_ART = '0d4f8e1c-5b7a-4c1e-9a55-2c5f0d7f1b2e';

const PNG = onePixelPng();
let archive: FakeHttpServer;
let app: TestApp;

beforeAll(async () => {
  archive = await startFakeHttpServer((req) =>
    req.path === `/release/${WITH_ART}/front-250`
      ? { headers: { 'Content-Type': 'image/png' }, body: PNG }
      : { status: 404, body: 'No cover art found for release' },
  );
  app = await startTestApp({ providers: { coverartarchive: { baseUrl: archive.url, enabled: true } } });
});

afterAll(async () => {
  await app.close();
  await archive.close();
});

it('serves the cover of the release a listen names, asking the archive once per release', async () => {
  const sam = (await request(app.server).post('/api/v1/listeners').send({ name: 'Sam' }).expect(201))
    .body as ListenerDto;
  const listen = (s: number, info: Record<string, unknown>) => ({
    listened_at: s,
    track_metadata: { artist_name: 'Portishead', track_name: `Roads ${s}`, additional_info: info },
  });
  await request(app.publicUrl)
    .post('/listenbrainz/1/submit-listens')
    .set('Authorization', `Token ${sam.listenToken}`)
    .send({
      listen_type: 'import',
      payload: [
        listen(1_700_000_001, { release_mbid: WITH_ART }),
        listen(1_700_000_002, { release_mbid: WITH_ART }),
        listen(1_700_000_003, { release_mbid: WITHOUT_ART }),
        listen(1_700_000_004, {}),
      ],
    })
    .expect(200);
  const recent = (await request(app.server).get(`/api/v1/listens/recent?listenerId=${sam.id}`).expect(200))
    .body as ListenDto[];
  const bySecond = new Map(recent.map((l) => [Date.parse(l.listenedAt) / 1000, l]));
  expect(bySecond.get(1_700_000_001)!.releaseMbid).toBe(WITH_ART);
  expect(bySecond.get(1_700_000_004)!.releaseMbid).toBeUndefined();

  for (const second of [1_700_000_001, 1_700_000_002]) {
    const cover = await request(app.server)
      .get(`/api/v1/listens/${bySecond.get(second)!.id}/cover`)
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    expect(cover.headers['content-type']).toBe('image/png');
    expect(Buffer.compare(cover.body as Buffer, PNG)).toBe(0);
  }
  expect(archive.requests.filter((r) => r.path.includes(WITH_ART))).toHaveLength(1);

  await request(app.server)
    .get(`/api/v1/listens/${bySecond.get(1_700_000_003)!.id}/cover`)
    .expect(404);
  await request(app.server)
    .get(`/api/v1/listens/${bySecond.get(1_700_000_004)!.id}/cover`)
    .expect(404);
  await request(app.server).get('/api/v1/listens/not-a-uuid/cover').expect(400);
  await request(app.server).get('/api/v1/listens/00000000-0000-4000-8000-000000000000/cover').expect(404);
});
