import { type FakeHttpServer, type FakeRequest, startFakeHttpServer } from '@app/testing';

/** The torrents/info fields a torrent shows in each poll, from what qBittorrent 4.5 answers (see the fixture). */
export interface FakeTorrentState {
  state: string;
  progress: number;
  dlspeed?: number;
  eta?: number;
  num_seeds?: number;
  num_leechs?: number;
}

export interface FakeQBittorrent {
  url: string;
  server: FakeHttpServer;
  /** Hashes added through /torrents/add, with the category they were filed under. */
  added(): { category: string; form: string }[];
  /** The /torrents/delete calls: hashes and whether the files went too. */
  deleted(): { hashes: string; deleteFiles: string }[];
  close(): Promise<void>;
}

/**
 * qBittorrent's WebUI API v2 as @ctrl/qbittorrent talks to it, on 127.0.0.1, with the shapes of a real 4.5 answer:
 * for an e2e test's speed only (the real qbittorrent-nox runs in the int and grab tests). A torrent added plays the
 * given states, one per /torrents/info poll (the last one stays), its files already in `savePath`.
 */
export async function startFakeQBittorrent(options: {
  infoHash: string;
  name: string;
  savePath: string;
  sizeBytes: number;
  files: { name: string; size: number }[];
  states: () => FakeTorrentState[];
}): Promise<FakeQBittorrent> {
  let present = false;
  let polls = 0;
  const handle = (req: FakeRequest) => {
    const path = req.path.replace(/^\/api\/v2/, '');
    if (path === '/auth/login') return { body: 'Ok.', headers: { 'set-cookie': 'SID=fake-session; HttpOnly; path=/' } };
    if (req.headers.cookie !== 'SID=fake-session') return { status: 403, body: 'Forbidden' };
    if (path === '/app/version') return { body: 'v4.5.2' };
    if (path === '/torrents/categories') return { body: {} };
    if (path === '/torrents/createCategory') return { body: '' };
    if (path === '/torrents/add') {
      present = true;
      polls = 0;
      return { body: 'Ok.' };
    }
    if (path === '/torrents/delete') {
      present = false;
      return { body: '' };
    }
    if (path === '/torrents/files') return { body: present ? options.files.map((f, index) => ({ index, ...f })) : [] };
    if (path === '/torrents/info') {
      if (!present || req.query.get('hashes') !== options.infoHash) return { body: [] };
      const states = options.states();
      const now = states[Math.min(polls++, states.length - 1)]!;
      return { body: [info(options, now)] };
    }
    return { status: 404, body: 'Not Found' };
  };
  const server = await startFakeHttpServer(handle);
  const form = (req: FakeRequest) => new URLSearchParams(req.body);
  return {
    url: server.url,
    server,
    added: () =>
      server.requests
        .filter((r) => r.path === '/api/v2/torrents/add')
        .map((r) => ({ category: /name="category"\r\n\r\n([^\r]*)/.exec(r.body)?.[1] ?? '', form: r.body })),
    deleted: () =>
      server.requests
        .filter((r) => r.path === '/api/v2/torrents/delete')
        .map((r) => ({ hashes: form(r).get('hashes') ?? '', deleteFiles: form(r).get('deleteFiles') ?? '' })),
    close: () => server.close(),
  };
}

function info(torrent: { infoHash: string; name: string; savePath: string; sizeBytes: number }, now: FakeTorrentState) {
  const completed = Math.round(torrent.sizeBytes * now.progress);
  return {
    added_on: 1732185600,
    amount_left: torrent.sizeBytes - completed,
    category: 'truetrack',
    completed,
    content_path: `${torrent.savePath}/${torrent.name}`,
    dlspeed: now.dlspeed ?? 0,
    eta: now.eta ?? 8640000,
    hash: torrent.infoHash,
    name: torrent.name,
    num_leechs: now.num_leechs ?? 0,
    num_seeds: now.num_seeds ?? 0,
    progress: now.progress,
    ratio: 0,
    save_path: `${torrent.savePath}/`,
    size: torrent.sizeBytes,
    state: now.state,
    total_size: torrent.sizeBytes,
    upspeed: 0,
  };
}
