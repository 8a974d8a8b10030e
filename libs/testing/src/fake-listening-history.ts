import { type FakeHttpServer, type FakeRequest, type FakeResponse, startFakeHttpServer } from './fake-http-server.js';

/** One play in a fake history; seconds, as ListenBrainz and Last.fm count. */
export interface FakeHistoryListen {
  listenedAt: number;
  artist: string;
  track: string;
}

/**
 * `count` listens, newest first, ending at `newest`, seven seconds apart, except that every hundredth listen and
 * every ninth shares its second with the one before: page edges (every 100, 200 and 1000 listens) then fall inside a
 * second, the trap of a second-granular, exclusive `max_ts`. Deterministic.
 */
export function makeFakeHistory(count: number, newest = 1_700_000_000): FakeHistoryListen[] {
  const listens: FakeHistoryListen[] = [];
  let second = newest;
  for (let n = 0; n < count; n++) {
    if (n > 0 && n % 100 !== 0 && n % 9 !== 0) second -= 7;
    listens.push({ listenedAt: second, artist: `Artist ${n % 97}`, track: `Track ${n}` });
  }
  return listens;
}

/** The listens strictly before `before`, newest first, at most `limit`: both fakes page the same way. */
function pageBefore(history: FakeHistoryListen[], before: number, limit: number): FakeHistoryListen[] {
  // `history` is newest first: find the first listen older than `before`.
  let low = 0;
  let high = history.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (history[mid]!.listenedAt >= before) low = mid + 1;
    else high = mid;
  }
  return history.slice(low, low + limit);
}

export interface FakeHistoryServer extends FakeHttpServer {
  /** Answers from now on come from `respond` when it answers (to fail or hang on purpose), else as usual. */
  interfere(respond: Interference | undefined): void;
}

type Interference = (request: FakeRequest) => FakeResponse | Promise<FakeResponse> | undefined;

/** An answer that never comes: the request hangs until the client gives up or the server closes. */
export const NEVER_ANSWER = (): Promise<FakeResponse> => new Promise(() => undefined);

async function startHistoryServer(answer: (request: FakeRequest) => FakeResponse): Promise<FakeHistoryServer> {
  let interference: Interference | undefined;
  const server = await startFakeHttpServer((request) => interference?.(request) ?? answer(request));
  return Object.assign(server, { interfere: (next: typeof interference) => void (interference = next) });
}

/** ListenBrainz's `GET /1/user/{user}/listens`: `max_ts` exclusive in whole seconds, at most 1000 a page. */
export function startFakeListenBrainz(histories: Record<string, FakeHistoryListen[]>): Promise<FakeHistoryServer> {
  return startHistoryServer((request) => {
    const user = /^\/1\/user\/([^/]+)\/listens$/.exec(request.path)?.[1];
    const history = user === undefined ? undefined : histories[decodeURIComponent(user)];
    if (!history) return { status: 404, body: { code: 404, error: `Cannot find user: ${user}` } };
    const maxTs = Number(request.query.get('max_ts') ?? Math.floor(Date.now() / 1000));
    const count = Math.min(Number(request.query.get('count') ?? 25), 1000);
    const listens = pageBefore(history, maxTs, count).map((listen) => ({
      listened_at: listen.listenedAt,
      inserted_at: listen.listenedAt + 3,
      track_metadata: { artist_name: listen.artist, track_name: listen.track, additional_info: {} },
      user_name: user,
    }));
    return {
      body: {
        payload: {
          count: listens.length,
          listens,
          user_id: user,
          latest_listen_ts: history[0]?.listenedAt ?? 0,
          oldest_listen_ts: history.at(-1)?.listenedAt ?? 0,
        },
      },
    };
  });
}

/**
 * Last.fm's `user.getRecentTracks` with its traps: numbers as strings, one track as an object instead of a list,
 * and the track playing now first, without a date. `private` answers error 17 as a private profile does.
 */
export function startFakeLastfm(histories: Record<string, FakeHistoryListen[]>): Promise<FakeHistoryServer> {
  return startHistoryServer((request) => {
    const user = request.query.get('user') ?? '';
    if (request.query.get('method') !== 'user.getrecenttracks')
      return { status: 400, body: { error: 3, message: 'Invalid Method - No method with that name in this package' } };
    if (user === 'private') return { body: { error: 17, message: 'Login: User required to be logged in' } };
    const history = histories[user];
    if (!history) return { status: 404, body: { error: 6, message: 'User not found' } };
    const to = Number(request.query.get('to') ?? Math.floor(Date.now() / 1000) + 1);
    const limit = Math.min(Number(request.query.get('limit') ?? 50), 200);
    const page = pageBefore(history, to, limit);
    const nowPlaying = {
      artist: { mbid: '', '#text': 'Now Playing Artist' },
      name: 'Playing Right Now',
      album: { mbid: '', '#text': '' },
      mbid: '',
      '@attr': { nowplaying: 'true' },
    };
    const tracks = [
      nowPlaying,
      ...page.map((listen) => ({
        artist: { mbid: '', '#text': listen.artist },
        album: { mbid: '', '#text': 'Album' },
        name: listen.track,
        mbid: '',
        streamable: '0',
        date: { uts: String(listen.listenedAt), '#text': new Date(listen.listenedAt * 1000).toUTCString() },
      })),
    ];
    return {
      body: {
        recenttracks: {
          track: tracks.length === 1 ? tracks[0] : tracks,
          '@attr': { user, page: '1', perPage: String(limit), total: String(history.length), totalPages: '1' },
        },
      },
    };
  });
}
