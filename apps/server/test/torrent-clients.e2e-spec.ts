// Download clients through /api/v1/torrents/clients: stored with the password masked, validated field by field,
// and tested against a real qbittorrent-nox on loopback (login, then its version in words).
import request from 'supertest';
import type { TorrentClientDto } from '@app/torrents';
import { makeTempDir } from '@app/testing';
import { startQBittorrent } from '@app/testing';
import { startTestApp, type TestApp } from './support/test-app.js';

let testApp: TestApp;
let temp: Awaited<ReturnType<typeof makeTempDir>>;
let qbittorrent: Awaited<ReturnType<typeof startQBittorrent>>;

beforeAll(async () => {
  temp = await makeTempDir('tt-torrent-clients');
  qbittorrent = await startQBittorrent(temp.path);
  testApp = await startTestApp();
});

afterAll(async () => {
  await testApp?.close();
  await qbittorrent?.stop();
  await temp?.remove();
});

const api = () => request(testApp.server);
const ROUTE = '/api/v1/torrents/clients';

describe('download clients', () => {
  it('are stored with the password masked, kept when sent back masked, tested against qBittorrent and removed', async () => {
    const body = {
      kind: 'qbittorrent',
      url: qbittorrent.url,
      username: qbittorrent.username,
      password: qbittorrent.password,
      category: 'truetrack-music',
      seedRatio: 2,
      seedMinutes: 1440,
    };
    const created = (await api().post(ROUTE).send(body).expect(201)).body as TorrentClientDto;
    expect(created).toMatchObject({ ...body, password: '********', enabled: true });
    expect(JSON.stringify((await api().get(ROUTE).expect(200)).body)).not.toContain(qbittorrent.password);

    const { id, ...editable } = created;
    const changed = (
      await api()
        .put(`${ROUTE}/${id}`)
        .send({ ...editable, seedRatio: null })
        .expect(200)
    ).body as TorrentClientDto;
    expect(changed).toMatchObject({ seedRatio: null, seedMinutes: 1440, password: '********' });

    const tested = (await api().post(`${ROUTE}/${id}/test`).expect(200)).body;
    const version = (await qbittorrent.client.version()).replace(/^v/, '');
    expect(tested).toEqual({ ok: true, version, message: `qBittorrent ${version} answers at ${qbittorrent.url}` });

    await api().delete(`${ROUTE}/${id}`).expect(204);
    await api().get(`${ROUTE}/${id}`).expect(404);
  });

  it('say in words when qBittorrent refuses the login', async () => {
    const created = (
      await api()
        .post(ROUTE)
        .send({ kind: 'qbittorrent', url: qbittorrent.url, username: 'admin', password: 'wrong' })
        .expect(201)
    ).body as TorrentClientDto;
    const tested = (await api().post(`${ROUTE}/${created.id}/test`).expect(200)).body;
    expect(tested).toMatchObject({ ok: false });
    expect(tested.message).toContain(`qBittorrent at ${qbittorrent.url} answers, but refused the login`);
    await api().delete(`${ROUTE}/${created.id}`).expect(204);
  });

  it('do not carry the stored password to a changed URL', async () => {
    const created = (
      await api()
        .post(ROUTE)
        .send({ kind: 'qbittorrent', url: qbittorrent.url, password: qbittorrent.password })
        .expect(201)
    ).body as TorrentClientDto;
    const { id, ...editable } = created;
    const moved = await api()
      .put(`${ROUTE}/${id}`)
      .send({ ...editable, url: 'http://elsewhere.example:8080' })
      .expect(400);
    expect(JSON.stringify(moved.body)).toContain('password');
  });

  it.each<[string, object, string]>([
    ['an unknown kind', { kind: 'deluge', url: 'http://deluge:8112' }, 'kind'],
    ['no url', { kind: 'transmission' }, 'url'],
    ['a URL that is not http', { kind: 'qbittorrent', url: 'file:///etc/passwd' }, 'url'],
    ['a negative ratio', { kind: 'qbittorrent', url: 'http://q:8080', seedRatio: -1 }, 'seedRatio'],
    ['an unknown setting', { kind: 'qbittorrent', url: 'http://q:8080', label: 'x' }, 'label'],
  ])('refuse %s, naming the field', async (_, body, field) => {
    const response = await api().post(ROUTE).send(body).expect(400);
    expect(JSON.stringify(response.body)).toContain(field);
  });

  it('answer 400 for an id that is not one', async () => {
    await api().get(`${ROUTE}/..%2F..%2Fetc`).expect(400);
  });
});
