// Each target against a loopback fake of its service: what goes on the wire (paths, bodies, credentials) and how
// answers and failures come back. The fakes check credentials the way the real services do.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { IntegrationEvent, IntegrationKind } from '@app/contracts';
import { PermanentError, RetryableError } from '@app/core';
import { HttpClient } from '@app/platform';
import { type FakeHandler, type FakeHttpServer, startFakeHttpServer } from '@app/testing';
import { buildNotification } from '../src/outbound/notification-message.js';
import { JellyfinTarget } from '../src/targets/jellyfin.target.js';
import { DiscordTarget, NtfyTarget, WebhookTarget } from '../src/targets/notification.targets.js';
import { PlexTarget } from '../src/targets/plex.target.js';
import { SubsonicTarget } from '../src/targets/subsonic.target.js';

const http = (baseUrl: string) => new HttpClient({ baseUrl, timeoutMs: 2000, userAgent: 'TrueTrack', maxRetries: 0 });
const SCAN_STATUS = JSON.parse(
  readFileSync(new URL('./fixtures/navidrome-subsonic-scanstatus.json', import.meta.url), 'utf8'),
) as Record<string, unknown>;
const MEDIA_UPDATED = JSON.parse(
  readFileSync(new URL('./fixtures/jellyfin-library-media-updated.request.json', import.meta.url), 'utf8'),
) as unknown;

let fake: FakeHttpServer;
const serve = async (handler: FakeHandler) => {
  fake = await startFakeHttpServer(handler);
  return fake;
};

afterEach(async () => {
  await fake?.close();
});

describe('JellyfinTarget', () => {
  const sut = new JellyfinTarget();
  const auth = 'MediaBrowser Client="TrueTrack", Token="jf-token"';
  const jellyfin =
    (refreshOnly = false): FakeHandler =>
    (req) => {
      if (req.headers.authorization !== auth) return { status: 401 };
      if (req.path === '/Library/Media/Updated' && !refreshOnly) return { status: 204 };
      if (req.path === '/Library/Refresh') return { status: 204 };
      if (req.path === '/Users/u1/Items/i1') return { body: { Id: 'i1', Path: '/music/A/B.flac' } };
      return { status: 404 };
    };

  it('posts the new folders as Jellyfin documents them (the recorded request shape)', async () => {
    await serve(jellyfin());
    const settings = { url: fake.url, apiKey: 'jf-token' };
    const status = await sut.send(
      settings,
      { folders: ['/music/Rick Astley/Whenever You Need Somebody (1987)'] },
      http,
    );
    expect(status).toBe(204);
    expect(fake.requests).toHaveLength(1);
    expect(fake.requests[0]!.method).toBe('POST');
    expect(JSON.parse(fake.requests[0]!.body)).toEqual(MEDIA_UPDATED);
  });

  it('falls back to a full refresh on a server without /Library/Media/Updated', async () => {
    await serve(jellyfin(true));
    await sut.send({ url: fake.url, apiKey: 'jf-token' }, { folders: ['/music/A'] }, http);
    expect(fake.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      'POST /Library/Media/Updated',
      'POST /Library/Refresh',
    ]);
  });

  it('does not fall back when the token is refused', async () => {
    await serve(jellyfin());
    await expect(sut.send({ url: fake.url, apiKey: 'wrong' }, { folders: ['/music/A'] }, http)).rejects.toThrow(
      PermanentError,
    );
    expect(fake.requests).toHaveLength(1);
  });

  it("looks an item's file up through the user's library when a user is set", async () => {
    await serve(jellyfin());
    const path = await sut.itemPath({ url: fake.url, apiKey: 'jf-token', userId: 'u1' }, 'i1', http);
    expect(path).toBe('/music/A/B.flac');
  });
});

describe('SubsonicTarget', () => {
  const sut = new SubsonicTarget();
  const subsonic: FakeHandler = (req) => {
    const salt = req.query.get('s') ?? '';
    const ok =
      req.query.get('u') === 'joe' && req.query.get('t') === createHash('md5').update(`sesame${salt}`).digest('hex');
    if (!ok)
      return {
        body: { 'subsonic-response': { status: 'failed', error: { code: 40, message: 'Wrong username or password' } } },
      };
    return { body: { 'subsonic-response': SCAN_STATUS } };
  };

  it('starts a scan and reads its status, authenticated by token and salt', async () => {
    await serve(subsonic);
    const status = await sut.send({ url: `${fake.url}/navidrome`, username: 'joe', password: 'sesame' }, {}, http);
    expect(status).toBe(200);
    expect(fake.requests.map((r) => r.path)).toEqual(['/navidrome/rest/startScan', '/navidrome/rest/getScanStatus']);
    expect(fake.requests[0]!.query.get('s')).not.toBe(fake.requests[1]!.query.get('s'));
    expect(fake.url + fake.requests[0]!.url).not.toContain('sesame');
  });

  it('answers its test with the server it reached', async () => {
    await serve(subsonic);
    const result = await sut.test({ url: fake.url, username: 'joe', password: 'sesame' }, http);
    expect(result).toEqual({ ok: true, status: 200, message: 'Subsonic server answers (navidrome v0.55.0)' });
  });

  it('turns a Subsonic error answer into a permanent failure', async () => {
    await serve(subsonic);
    await expect(sut.send({ url: fake.url, username: 'joe', password: 'nope' }, {}, http)).rejects.toThrow(
      'Subsonic startScan failed: Wrong username or password',
    );
  });
});

describe('PlexTarget', () => {
  const sut = new PlexTarget();

  it('refreshes each folder in the section whose location holds it', async () => {
    await serve((req) => {
      if (req.query.get('X-Plex-Token') !== 'plex-token') return { status: 401 };
      if (req.path === '/library/sections') {
        return { body: { MediaContainer: { Directory: [{ key: '7', Location: [{ path: '/data/music' }] }] } } };
      }
      return { body: '' };
    });
    await sut.send({ url: fake.url, token: 'plex-token' }, { folders: ['/data/music/A/B', '/data/music/C'] }, http);
    expect(fake.requests.map((r) => [r.path, r.query.get('path')])).toEqual([
      ['/library/sections', null],
      ['/library/sections/7/refresh', '/data/music/A/B'],
      ['/library/sections/7/refresh', '/data/music/C'],
    ]);
  });

  it('fails for a folder no section holds', async () => {
    await serve(() => ({
      body: { MediaContainer: { Directory: [{ key: '7', Location: [{ path: '/data/music' }] }] } },
    }));
    await expect(sut.send({ url: fake.url, token: 't' }, { folders: ['/elsewhere/A'] }, http)).rejects.toThrow(
      'No Plex library section holds /elsewhere/A',
    );
  });
});

describe('notification targets', () => {
  const message = buildNotification({
    type: IntegrationEvent.Import,
    at: 0,
    jobId: 'j1',
    query: 'numb',
    path: '/m/x.flac',
  });

  it('the generic webhook posts to the URL exactly as given, query string included', async () => {
    await serve(() => ({ status: 202, body: 'accepted' }));
    // An answer that is not JSON is still a delivery with its own status: it must not be sent again.
    expect(await new WebhookTarget().send({ url: `${fake.url}/hook/abc?token=1` }, message, http)).toBe(202);
    expect(fake.requests[0]!.url).toBe('/hook/abc?token=1');
    expect(JSON.parse(fake.requests[0]!.body)).toMatchObject({
      eventType: 'Download',
      trackFiles: [{ path: '/m/x.flac' }],
    });
  });

  it('Discord gets an embed at its webhook URL', async () => {
    await serve(() => ({ status: 204 }));
    const status = await new DiscordTarget().send({ webhookUrl: `${fake.url}/api/webhooks/1/secret` }, message, http);
    expect(status).toBe(204);
    expect(fake.requests[0]!.path).toBe('/api/webhooks/1/secret');
    expect(JSON.parse(fake.requests[0]!.body)).toMatchObject({
      username: 'TrueTrack',
      embeds: [{ title: 'TrueTrack – Imported' }],
    });
  });

  it('ntfy gets the topic in a JSON body and a bearer token when one is set', async () => {
    await serve(() => ({ body: { id: '1' } }));
    const sut = new NtfyTarget();
    await sut.send({ url: fake.url, topic: 'music', token: 'tk_123' }, message, http);
    await sut.send({ url: fake.url, topic: 'music' }, message, http);
    expect(fake.requests.map((r) => r.headers.authorization)).toEqual(['Bearer tk_123', undefined]);
    expect(JSON.parse(fake.requests[0]!.body)).toMatchObject({ topic: 'music', message: message.text });
  });

  it('a service error is retryable for 5xx and permanent for 4xx', async () => {
    await serve((req) => ({ status: req.path === '/busy' ? 503 : 403 }));
    const sut = new WebhookTarget();
    await expect(sut.send({ url: `${fake.url}/busy` }, message, http)).rejects.toThrow(RetryableError);
    await expect(sut.send({ url: `${fake.url}/denied` }, message, http)).rejects.toThrow(PermanentError);
  });

  it('every kind has a target', () => {
    const kinds = [JellyfinTarget, SubsonicTarget, PlexTarget, WebhookTarget, DiscordTarget, NtfyTarget].map(
      (Target) => new Target().kind,
    );
    expect(kinds).toEqual([
      IntegrationKind.Jellyfin,
      IntegrationKind.Subsonic,
      IntegrationKind.Plex,
      IntegrationKind.Webhook,
      IntegrationKind.Discord,
      IntegrationKind.Ntfy,
    ]);
  });
});
