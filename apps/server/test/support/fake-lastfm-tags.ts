import { readFileSync } from 'node:fs';
import { type FakeHttpServer, type FakeRequest, type FakeResponse, startFakeHttpServer } from '@app/testing';

const fixture = (name: string): unknown =>
  JSON.parse(
    readFileSync(new URL(`../../../../libs/analysis/test/fixtures/lastfm/${name}`, import.meta.url), 'utf8'),
  ) as unknown;

/** Last.fm's answer for an unknown artist or track (a recorded body; Last.fm sends it for both). */
export const NOT_FOUND = fixture('lastfm-error-6-artist-not-found.json');
const RATE_LIMITED = { error: 29, message: 'Rate Limit Exceded', links: [] };

export interface FakeLastfmTags extends FakeHttpServer {
  /** The next `count` answers to `track.gettoptags` for `track` are error 29 (rate limit exceeded). */
  rateLimit(track: string, count: number): void;
}

/**
 * `track.getTopTags` and `artist.getTopTags` at `/2.0/`: recorded answers for Radiohead – Paranoid Android and for
 * Cher, constructed ones (a single tag as an object, counts as strings) for the rest, error 6 for anything else.
 */
export async function startFakeLastfmTags(apiKey: string): Promise<FakeLastfmTags> {
  const limited = new Map<string, number>();
  const tracks: Record<string, unknown> = {
    'radiohead|paranoid android': fixture('lastfm-track.gettoptags.json'),
    'cher|believe': {
      toptags: {
        tag: [
          { name: 'Dance', count: '100', url: 'https://www.last.fm/tag/dance' },
          { name: 'seen live', count: '90', url: 'https://www.last.fm/tag/seen+live' },
          { name: 'Disco', count: '40', url: 'https://www.last.fm/tag/disco' },
        ],
        '@attr': { artist: 'Cher', track: 'Believe' },
      },
    },
  };
  const artists: Record<string, unknown> = {
    cher: fixture('lastfm-artist.gettoptags.json'),
    radiohead: { toptags: { tag: { name: 'rock', count: '100', url: '' }, '@attr': { artist: 'Radiohead' } } },
  };
  const answer = (request: FakeRequest): FakeResponse => {
    const q = request.query;
    if (request.path !== '/2.0/' || q.get('format') !== 'json') return { status: 404, body: 'not found' };
    if (q.get('api_key') !== apiKey) return { status: 403, body: { error: 10, message: 'Invalid API key' } };
    const artist = (q.get('artist') ?? '').toLowerCase();
    const track = (q.get('track') ?? '').toLowerCase();
    if (q.get('method') === 'track.gettoptags') {
      const left = limited.get(track) ?? 0;
      if (left > 0) {
        limited.set(track, left - 1);
        return { body: RATE_LIMITED };
      }
      return { body: tracks[`${artist}|${track}`] ?? NOT_FOUND };
    }
    if (q.get('method') === 'artist.gettoptags') return { body: artists[artist] ?? NOT_FOUND };
    return { body: { error: 3, message: 'Invalid Method - No method with that name in this package' } };
  };
  const server = await startFakeHttpServer(answer);
  return Object.assign(server, {
    rateLimit: (track: string, count: number) => void limited.set(track.toLowerCase(), count),
  });
}
