// Integrations out: media servers told about new tracks (one batched call per server) and notification services
// told about job events, each a loopback fake that checks the credentials it is sent. Jobs run through the
// scripted steps; a failing service is retried with backoff and never touches the job.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import request from 'supertest';
import {
  type DeliveryDto,
  type IntegrationDto,
  type IntegrationTestDto,
  type JobDto,
  JobStatus,
  type Page,
} from '@app/contracts';
import { type FakeHandler, type FakeHttpServer, type FakeRequest, pollUntil, startFakeHttpServer } from '@app/testing';
import { startTestApp, type TestApp } from './support/test-app.js';
import { isFinished, type Server, waitForJob } from './support/wait-for-job.js';

const SCAN_STATUS = JSON.parse(
  readFileSync(
    new URL('../../../libs/integrations/test/fixtures/navidrome-subsonic-scanstatus.json', import.meta.url),
    'utf8',
  ),
) as Record<string, unknown>;

const JELLYFIN_TOKEN = 'jellyfin-token-0123456789';
const PLEX_TOKEN = 'plex-token-abcdefghij';
const GOTIFY_TOKEN = 'gotify-app-token-0000';
const SUBSONIC = { username: 'admin', password: 'navidrome-password' };

const jellyfinHandler: FakeHandler = (req) => {
  if (req.headers.authorization !== `MediaBrowser Client="TrueTrack", Token="${JELLYFIN_TOKEN}"`)
    return { status: 401 };
  if (req.path === '/System/Info') return { body: { ServerName: 'jellyfin', Version: '10.11.8' } };
  if (req.method === 'POST' && req.path === '/Library/Media/Updated') return { status: 204 };
  return { status: 404, body: 'Not Found' };
};

/** Navidrome's answers, wrapped as on the wire with f=json; a wrong token gets Subsonic's error 40. */
const subsonicHandler: FakeHandler = (req) => {
  const salt = req.query.get('s') ?? '';
  const token = createHash('md5')
    .update(SUBSONIC.password + salt)
    .digest('hex');
  const authentic =
    req.query.get('u') === SUBSONIC.username && salt.length >= 6 && req.query.get('t') === token && !req.query.has('p');
  if (!authentic) {
    return {
      body: {
        'subsonic-response': {
          status: 'failed',
          version: '1.16.1',
          error: { code: 40, message: 'Wrong username or password' },
        },
      },
    };
  }
  return { body: { 'subsonic-response': SCAN_STATUS } };
};

const plexHandler: FakeHandler = (req) => {
  if (req.query.get('X-Plex-Token') !== PLEX_TOKEN) return { status: 401 };
  if (req.path === '/identity') return { body: { MediaContainer: { machineIdentifier: 'abc', version: '1.41.0' } } };
  if (req.path === '/library/sections') {
    return {
      body: {
        MediaContainer: {
          Directory: [
            { key: '1', type: 'movie', Location: [{ path: '/movies' }] },
            { key: '3', type: 'artist', Location: [{ path: '/library' }] },
          ],
        },
      },
    };
  }
  if (req.path === '/library/sections/3/refresh') return { body: '' };
  return { status: 404 };
};

let testApp: TestApp;
let server: Server;
const fakes: Record<string, FakeHttpServer> = {};
const ids: Record<string, string> = {};
let ntfyCalls = 0;

beforeAll(async () => {
  fakes['jellyfin'] = await startFakeHttpServer(jellyfinHandler);
  fakes['subsonic'] = await startFakeHttpServer(subsonicHandler);
  fakes['plex'] = await startFakeHttpServer(plexHandler);
  fakes['webhook'] = await startFakeHttpServer(() => ({ body: { ok: true } }));
  // Fails twice, then takes every message.
  fakes['ntfy'] = await startFakeHttpServer(() => (++ntfyCalls <= 2 ? { status: 503 } : { body: { id: 'x' } }));
  fakes['gotify'] = await startFakeHttpServer(() => ({ status: 500, body: { error: 'down' } }));
  // Wide enough for the three jobs below to land in one window even on a busy machine.
  testApp = await startTestApp({ integrations: { rescanBatchMs: 1500 } });
  server = testApp.server;
  const add = async (kind: string, settings: Record<string, string>, events?: string[]) => {
    const body = { kind, name: `${kind} test`, settings, ...(events ? { events } : {}) };
    ids[kind] = ((await request(server).post('/api/v1/integrations').send(body).expect(201)).body as IntegrationDto).id;
  };
  await add('jellyfin', { url: fakes['jellyfin'].url, apiKey: JELLYFIN_TOKEN });
  await add('subsonic', { url: fakes['subsonic'].url, ...SUBSONIC });
  await add('plex', { url: fakes['plex'].url, token: PLEX_TOKEN });
  await add('webhook', { url: `${fakes['webhook'].url}/hooks/truetrack` }, ['grab', 'import']);
  await add('ntfy', { url: fakes['ntfy'].url, topic: 'music' }, ['import']);
  await add('gotify', { url: fakes['gotify'].url, token: GOTIFY_TOKEN }, ['import']);
});

afterAll(async () => {
  await testApp.close();
  await Promise.all(Object.values(fakes).map((fake) => fake.close()));
});

const outbound = async (): Promise<DeliveryDto[]> =>
  (
    (await request(server).get('/api/v1/deliveries').query({ direction: 'out', pageSize: 500 }).expect(200))
      .body as Page<DeliveryDto>
  ).records;

/** Polls the delivery log until `done` holds (every 20 ms, 15 s at most). */
function waitForDeliveries(done: (rows: DeliveryDto[]) => boolean): Promise<DeliveryDto[]> {
  return pollUntil(
    outbound,
    done,
    15_000,
    (rows) => `deliveries never settled: ${JSON.stringify(rows.map((r) => [r.source, r.event, r.outcome]))}`,
  );
}

const calls = (name: string, predicate: (req: FakeRequest) => boolean = () => true) =>
  fakes[name]!.requests.filter(predicate);

describe('after tracks land', () => {
  let jobs: JobDto[];
  let rows: DeliveryDto[];

  beforeAll(async () => {
    const created: JobDto[] = [];
    for (const query of ['song one', 'song two', 'song three']) {
      created.push((await request(server).post('/api/v1/jobs').send({ query }).expect(201)).body as JobDto);
    }
    jobs = await Promise.all(created.map((job) => waitForJob(server, job.id, isFinished)));
    const settled = (row: DeliveryDto) => row.outcome === 'sent' || row.outcome === 'failed';
    rows = await waitForDeliveries(
      (all) =>
        ['jellyfin', 'subsonic', 'plex'].every((kind) => all.some((r) => r.source === kind && settled(r))) &&
        all.filter((r) => r.source === 'ntfy' && r.outcome === 'sent').length === 3 &&
        all.filter((r) => r.source === 'gotify' && r.outcome === 'failed').length === 3 &&
        all.filter((r) => r.source === 'webhook' && r.outcome === 'sent').length === 6,
    );
  });

  it('the jobs succeed whatever the services answer', () => {
    expect(jobs.map((job) => job.status)).toEqual([JobStatus.Success, JobStatus.Success, JobStatus.Success]);
  });

  it('tells Jellyfin once, with the new folder, through /Library/Media/Updated and its token', () => {
    const updates = calls('jellyfin', (req) => req.path === '/Library/Media/Updated');
    expect(updates).toHaveLength(1);
    expect(JSON.parse(updates[0]!.body)).toEqual({ Updates: [{ Path: '/library', UpdateType: 'Created' }] });
    expect(rows.filter((r) => r.source === 'jellyfin')).toEqual([
      expect.objectContaining({ outcome: 'sent', httpStatus: 204, attempts: 1, integrationId: ids['jellyfin'] }),
    ]);
  });

  it('asks the Subsonic server once to scan, with token and salt, then reads the scan status', () => {
    expect(calls('subsonic').map((req) => req.path)).toEqual(['/rest/startScan', '/rest/getScanStatus']);
    const [scan] = calls('subsonic');
    expect(Object.fromEntries(scan!.query)).toMatchObject({ u: 'admin', v: '1.16.1', c: 'truetrack', f: 'json' });
    expect(rows.filter((r) => r.source === 'subsonic')).toEqual([expect.objectContaining({ outcome: 'sent' })]);
  });

  it('has Plex scan only the new folder, in the section that holds it', () => {
    const refreshes = calls('plex', (req) => req.path.endsWith('/refresh'));
    expect(refreshes.map((req) => [req.path, req.query.get('path')])).toEqual([
      ['/library/sections/3/refresh', '/library'],
    ]);
  });

  it('posts Lidarr-like JSON to the generic webhook for each grab and import', () => {
    const bodies = calls('webhook').map((req) => JSON.parse(req.body) as { eventType: string; job: { id: string } });
    expect(calls('webhook').every((req) => req.path === '/hooks/truetrack')).toBe(true);
    expect(bodies.filter((b) => b.eventType === 'Grab')).toHaveLength(3);
    const imports = bodies.filter((b) => b.eventType === 'Download');
    expect(imports.map((b) => b.job.id).sort()).toEqual(jobs.map((job) => job.id).sort());
  });

  it('retries a service that fails for a while, and logs each try', () => {
    const ntfy = rows.filter((r) => r.source === 'ntfy');
    expect(ntfy.map((r) => r.outcome)).toEqual(['sent', 'sent', 'sent']);
    expect(ntfy.reduce((sum, r) => sum + r.attempts, 0)).toBe(5);
    const bodies = calls('ntfy').map((req) => JSON.parse(req.body) as { topic: string; title: string });
    expect(bodies.every((b) => b.topic === 'music' && b.title === 'TrueTrack – Imported')).toBe(true);
  });

  it('gives up on a service that keeps failing after three tries, keeping the status', () => {
    const gotify = rows.filter((r) => r.source === 'gotify');
    expect(gotify).toHaveLength(3);
    for (const row of gotify)
      expect(row).toMatchObject({ outcome: 'failed', attempts: 3, httpStatus: 500, error: 'HTTP 500' });
    expect(calls('gotify')).toHaveLength(9);
    expect(
      calls('gotify').every((req) => req.headers['x-gotify-key'] === GOTIFY_TOKEN && req.path === '/message'),
    ).toBe(true);
  });
});

describe('POST /api/v1/integrations/:id/test', () => {
  it.each(['jellyfin', 'subsonic', 'plex', 'webhook'])('reaches %s with the stored settings', async (kind) => {
    const answer = (await request(server).post(`/api/v1/integrations/${ids[kind]}/test`).expect(200))
      .body as IntegrationTestDto;
    expect(answer).toMatchObject({ ok: true });
  });

  it('reports what went wrong, without failing the request', async () => {
    const subsonic = (await request(server).get(`/api/v1/integrations/${ids['subsonic']}`).expect(200))
      .body as IntegrationDto;
    await request(server)
      .put(`/api/v1/integrations/${ids['subsonic']}`)
      .send({ kind: 'subsonic', name: subsonic.name, settings: { ...subsonic.settings, password: 'wrong' } })
      .expect(200);
    const answer = (await request(server).post(`/api/v1/integrations/${ids['subsonic']}/test`).expect(200))
      .body as IntegrationTestDto;
    expect(answer).toEqual({ ok: false, status: 200, message: 'Subsonic ping failed: Wrong username or password' });
    const gotify = (await request(server).post(`/api/v1/integrations/${ids['gotify']}/test`).expect(200))
      .body as IntegrationTestDto;
    expect(gotify).toEqual({ ok: false, status: 500, message: 'HTTP 500' });
  });
});

describe('the integrations API', () => {
  it('keeps a masked secret sent back unchanged', async () => {
    const plex = (await request(server).get(`/api/v1/integrations/${ids['plex']}`).expect(200)).body as IntegrationDto;
    expect(plex.settings['token']).toBe('********ghij');
    await request(server)
      .put(`/api/v1/integrations/${ids['plex']}`)
      .send({ kind: 'plex', name: 'Plex', settings: plex.settings })
      .expect(200);
    const answer = (await request(server).post(`/api/v1/integrations/${ids['plex']}/test`).expect(200))
      .body as IntegrationTestDto;
    expect(answer.ok).toBe(true);
  });

  it('refuses a masked secret with a changed URL: the stored token never goes to a new host', async () => {
    const plex = (await request(server).get(`/api/v1/integrations/${ids['plex']}`).expect(200)).body as IntegrationDto;
    const answer = await request(server)
      .put(`/api/v1/integrations/${ids['plex']}`)
      .send({ kind: 'plex', name: 'Plex', settings: { ...plex.settings, url: 'http://127.0.0.1:1' } })
      .expect(400);
    expect(JSON.stringify(answer.body)).toContain('settings.token must be typed again');
    const after = (await request(server).get(`/api/v1/integrations/${ids['plex']}`).expect(200)).body as IntegrationDto;
    expect(after.settings['url']).toBe(plex.settings['url']);
  });

  it('shows the ntfy topic masked: knowing it is enough to read a public topic', async () => {
    const ntfy = (await request(server).get(`/api/v1/integrations/${ids['ntfy']}`).expect(200)).body as IntegrationDto;
    expect(ntfy.settings['topic']).toBe('********');
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['an unknown kind', { kind: 'sonarr', name: 'x', settings: {} }, 'kind'],
    ['a missing setting', { kind: 'ntfy', name: 'x', settings: { url: 'http://127.0.0.1:1' } }, 'settings.topic'],
    [
      'a URL that is not http(s)',
      { kind: 'gotify', name: 'x', settings: { url: 'file:///etc', token: 't' } },
      'settings.url',
    ],
    [
      'an unknown event',
      { kind: 'discord', name: 'x', settings: { webhookUrl: 'http://127.0.0.1:1/x' }, events: ['boom'] },
      'events',
    ],
  ])('refuses %s with 400 naming the field', async (_name, body, field) => {
    const answer = await request(server).post('/api/v1/integrations').send(body).expect(400);
    expect((answer.body as { errors: { field: string }[] }).errors[0]!.field).toBe(field);
  });

  it('deletes an integration', async () => {
    await request(server).delete(`/api/v1/integrations/${ids['gotify']}`).expect(204);
    await request(server).get(`/api/v1/integrations/${ids['gotify']}`).expect(404);
    await request(server).delete(`/api/v1/integrations/${ids['gotify']}`).expect(404);
  });

  it('needs the API key', async () => {
    await request(testApp.publicUrl).get('/api/v1/integrations').expect(401);
    await request(testApp.publicUrl).get('/api/v1/deliveries').expect(401);
  });
});
