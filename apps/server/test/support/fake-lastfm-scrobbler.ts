import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { type FakeHttpServer, type FakeRequest, type FakeResponse, startFakeHttpServer } from '@app/testing';

const fixture = (name: string): Record<string, unknown> =>
  JSON.parse(
    readFileSync(new URL(`../../../../libs/listening/test/fixtures/lastfm-relay/${name}`, import.meta.url), 'utf8'),
  ) as Record<string, unknown>;

export const LASTFM_API_KEY = 'relay-api-key-0123456789';
export const LASTFM_SECRET = 'relay-shared-secret-abcdef';

export interface Scrobble {
  artist: string;
  track: string;
  timestamp: number;
  album?: string;
}

/**
 * Last.fm on loopback for relays, answering with the documented bodies: auth.getToken, the authorisation page,
 * auth.getSession (error 14 until authorised), track.scrobble (indexed batches; error 9 for an unknown session),
 * track.updateNowPlaying. Every call must be signed with LASTFM_SECRET (else error 13).
 */
export class FakeLastfmScrobbler {
  readonly scrobbles: Scrobble[] = [];
  readonly scrobbleCalls: number[] = [];
  readonly nowPlaying: string[] = [];
  /** Answers to give track.scrobble before taking any: 'outage' = 503 with error 16, 'down' = connection kept 503. */
  outages = 0;
  private readonly authorised = new Set<string>();
  private readonly sessions = new Set<string>();
  private server!: FakeHttpServer;

  static async start(): Promise<FakeLastfmScrobbler> {
    const fake = new FakeLastfmScrobbler();
    fake.server = await startFakeHttpServer((req) => fake.answer(req));
    return fake;
  }

  get url(): string {
    return `${this.server.url}/2.0/`;
  }

  get authUrl(): string {
    return `${this.server.url}/api/auth/`;
  }

  get requests(): FakeRequest[] {
    return this.server.requests;
  }

  /** Forgets every session, as when the person revokes TrueTrack at Last.fm. */
  revokeSessions(): void {
    this.sessions.clear();
  }

  close(): Promise<void> {
    return this.server.close();
  }

  private answer(req: FakeRequest): FakeResponse {
    if (req.method === 'GET' && req.path === '/api/auth/') {
      if (req.query.get('api_key') !== LASTFM_API_KEY) return { status: 400, body: 'wrong api_key' };
      this.authorised.add(req.query.get('token') ?? '');
      return { headers: { 'Content-Type': 'text/html' }, body: '<p>Application authorised</p>' };
    }
    if (req.method !== 'POST' || req.path !== '/2.0/') return { status: 404, body: 'not found' };
    const form = new URLSearchParams(req.body);
    if (form.get('api_key') !== LASTFM_API_KEY || form.get('format') !== 'json') {
      return {
        status: 403,
        body: { error: 10, message: 'Invalid API key - You must be granted a valid key by last.fm' },
      };
    }
    if (form.get('api_sig') !== signatureOf(form)) {
      return { status: 403, body: { error: 13, message: 'Invalid method signature supplied' } };
    }
    switch (form.get('method')) {
      case 'auth.getToken':
        return { body: fixture('lastfm-auth.gettoken.json') };
      case 'auth.getSession': {
        if (!this.authorised.has(form.get('token') ?? '')) {
          return { status: 403, body: fixture('lastfm-error-14-unauthorized-token.json') };
        }
        const session = fixture('lastfm-auth.getsession.json');
        this.sessions.add((session['session'] as { key: string }).key);
        return { body: session };
      }
      case 'track.scrobble':
        return this.scrobble(form);
      case 'track.updateNowPlaying':
        if (!this.sessions.has(form.get('sk') ?? ''))
          return { status: 403, body: fixture('lastfm-error-9-invalid-session.json') };
        this.nowPlaying.push(`${form.get('artist')} - ${form.get('track')}`);
        return { body: { nowplaying: { track: { '#text': form.get('track') } } } };
      default:
        return {
          status: 400,
          body: { error: 3, message: 'Invalid Method - No method with that name in this package' },
        };
    }
  }

  private scrobble(form: URLSearchParams): FakeResponse {
    if (this.outages > 0) {
      this.outages--;
      return { status: 503, body: fixture('lastfm-error-16-temporary.json') };
    }
    if (!this.sessions.has(form.get('sk') ?? ''))
      return { status: 403, body: fixture('lastfm-error-9-invalid-session.json') };
    const batch: Scrobble[] = [];
    for (let i = 0; form.has(`timestamp[${i}]`); i++) {
      batch.push({
        artist: form.get(`artist[${i}]`) ?? '',
        track: form.get(`track[${i}]`) ?? '',
        timestamp: Number(form.get(`timestamp[${i}]`)),
        ...(form.has(`album[${i}]`) ? { album: form.get(`album[${i}]`)! } : {}),
      });
    }
    if (!batch.length || batch.length > 50) return { body: { error: 6, message: 'Invalid parameters' } };
    this.scrobbles.push(...batch);
    this.scrobbleCalls.push(batch.length);
    const answer = fixture('lastfm-track.scrobble.json');
    const scrobbles = answer['scrobbles'] as { '@attr': Record<string, unknown> };
    return { body: { scrobbles: { ...scrobbles, '@attr': { accepted: batch.length, ignored: 0 } } } };
  }
}

/** Last.fm's rule, written out again here so that the server's signing is checked against it, not by itself. */
function signatureOf(form: URLSearchParams): string {
  const names = [...form.keys()].filter((name) => !['format', 'callback', 'api_sig'].includes(name)).sort();
  const text = names.map((name) => `${name}${form.get(name)}`).join('') + LASTFM_SECRET;
  return createHash('md5').update(text, 'utf8').digest('hex');
}
