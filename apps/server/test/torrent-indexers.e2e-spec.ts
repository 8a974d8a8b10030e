// Torznab indexers through /api/v1/torrents/indexers: stored with the key masked, validated field by field, tested.
import request from 'supertest';
import type { TorrentIndexerDto } from '@app/torrents';
import { type FakeHttpServer, startFakeHttpServer } from '@app/testing';
import { startTestApp, type TestApp } from './support/test-app.js';

let testApp: TestApp;
let indexer: FakeHttpServer;

const CAPS = `<?xml version="1.0" encoding="UTF-8"?>
<caps><server title="Loopback Jackett" /><searching><search available="yes" supportedParams="q" />
<music-search available="yes" supportedParams="q,album,artist" /></searching>
<categories><category id="3000" name="Audio"><subcat id="3040" name="Audio/Lossless" /></category></categories></caps>`;

beforeAll(async () => {
  indexer = await startFakeHttpServer((req) =>
    req.query.get('apikey') === 'abcdef0123456789'
      ? { body: CAPS }
      : { status: 401, body: '<error code="100" description="Invalid API Key" />' },
  );
  testApp = await startTestApp({ sources: { allowPrivate: ['127.0.0.1'] } });
});

afterAll(async () => {
  await testApp.close();
  await indexer.close();
});

const api = () => request(testApp.server);
const ROUTE = '/api/v1/torrents/indexers';

describe('torrent indexers', () => {
  it('are stored with the key masked, kept when sent back masked, tested against the indexer and removed', async () => {
    const url = `${indexer.url}/api/v2.0/indexers/all/results/torznab/`;
    const created = (
      await api()
        .post(ROUTE)
        .send({ name: 'Jackett', url, apiKey: 'abcdef0123456789', categories: [3040] })
        .expect(201)
    ).body as TorrentIndexerDto;
    expect(created).toMatchObject({ name: 'Jackett', url, apiKey: '********6789', categories: [3040], priority: 25 });
    expect(JSON.stringify((await api().get(ROUTE).expect(200)).body)).not.toContain('abcdef0123456789');

    const renamed = (
      await api()
        .put(`${ROUTE}/${created.id}`)
        .send({ ...created, id: undefined, name: 'Jackett (all)', priority: 1 })
    ).body as TorrentIndexerDto;
    expect(renamed).toMatchObject({ name: 'Jackett (all)', priority: 1 });

    const tested = (await api().post(`${ROUTE}/${created.id}/test`).expect(200)).body;
    expect(tested).toMatchObject({ ok: true, musicSearch: ['q', 'album', 'artist'], audioCategories: [3000, 3040] });
    expect(indexer.requests.at(-1)!.query.get('t')).toBe('caps');
    expect(indexer.requests.at(-1)!.query.get('apikey')).toBe('abcdef0123456789');

    await api().delete(`${ROUTE}/${created.id}`).expect(204);
    await api().get(`${ROUTE}/${created.id}`).expect(404);
  });

  it('say in words when the indexer refuses the key', async () => {
    const created = (
      await api()
        .post(ROUTE)
        .send({ name: 'Wrong key', url: `${indexer.url}/1/`, apiKey: 'nope' })
        .expect(201)
    ).body as TorrentIndexerDto;
    const tested = (await api().post(`${ROUTE}/${created.id}/test`).expect(200)).body;
    expect(tested).toMatchObject({ ok: false });
    expect(tested.message).toMatch(/refused the API key/);
  });

  it.each<[string, object, string]>([
    ['no url', { name: 'X', apiKey: 'k' }, 'url'],
    ['a URL that is not http', { name: 'X', url: 'file:///etc/passwd', apiKey: 'k' }, 'url'],
    ['text categories', { name: 'X', url: 'http://jackett:9117/', apiKey: 'k', categories: ['audio'] }, 'categories'],
    ['an unknown setting', { name: 'X', url: 'http://jackett:9117/', apiKey: 'k', ratio: 2 }, 'ratio'],
  ])('refuse %s, naming the field', async (_, body, field) => {
    const response = await api().post(ROUTE).send(body).expect(400);
    expect(JSON.stringify(response.body)).toContain(field);
  });

  it('answer 400 for an id that is not one', async () => {
    await api().get(`${ROUTE}/..%2F..%2Fetc`).expect(400);
  });
});
