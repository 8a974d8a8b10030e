import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SourceUrlPolicy } from '@app/platform';
import { type FakeHttpServer, type FakeResponse, startFakeHttpServer } from '@app/testing';
import { TorznabClient } from './torznab-client.js';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, '../../test/fixtures', name), 'utf8');
const xml = (body: string, status = 200): FakeResponse => ({
  status,
  body,
  headers: { 'content-type': 'application/xml' },
});

describe('TorznabClient against a loopback indexer', () => {
  let server: FakeHttpServer;
  const allowAll = new SourceUrlPolicy(true);
  const client = () =>
    new TorznabClient(
      { url: `${server.url}/api/v2.0/indexers/pdaudio/results/torznab/`, apiKey: 'k3y', categories: [3000] },
      allowAll,
    );

  afterEach(async () => server?.close());

  it('searches t=music with the empty q and the API key', async () => {
    server = await startFakeHttpServer(() => xml(fixture('jackett-music.search.xml')));
    const releases = await client().searchAlbum({ artist: 'Glenn Miller', album: 'In the Mood' });
    expect(releases).toHaveLength(3);
    const request = server.requests[0]!;
    expect(request.path).toBe('/api/v2.0/indexers/pdaudio/results/torznab/api');
    expect(Object.fromEntries(request.query)).toEqual({
      t: 'music',
      cat: '3000',
      extended: '1',
      q: '',
      artist: 'Glenn Miller',
      album: 'In the Mood',
      apikey: 'k3y',
    });
  });

  it('falls back to t=search when t=music finds nothing or is not available', async () => {
    server = await startFakeHttpServer((request) =>
      request.query.get('t') === 'music'
        ? xml(fixture('jackett-error-203.xml'), 400)
        : xml(fixture('jackett-music.search.xml')),
    );
    const releases = await client().searchAlbum({ artist: 'Glenn Miller', album: 'In the Mood' });
    expect(releases).toHaveLength(3);
    expect(server.requests.map((r) => r.query.get('t'))).toEqual(['music', 'search']);
    expect(server.requests[1]!.query.get('q')).toBe('Glenn Miller In the Mood');
  });

  it('reports a refused API key sent with HTTP 401 in words', async () => {
    server = await startFakeHttpServer(() => xml(fixture('jackett-error-100.xml'), 401));
    await expect(client().caps()).rejects.toThrow(/refused the API key/);
  });

  it('reads caps', async () => {
    server = await startFakeHttpServer(() => xml(fixture('jackett-music.caps.xml')));
    expect((await client().caps()).musicSearch).toContain('artist');
    expect(server.requests[0]!.query.get('t')).toBe('caps');
  });

  it('hands back the magnet link a download redirects to, without fetching it', async () => {
    const magnet = 'magnet:?xt=urn:btih:5a8f0e3b2c1d4e6f7a8b9c0d1e2f3a4b5c6d7e8f&dn=x';
    server = await startFakeHttpServer((request) =>
      request.path === '/1/download'
        ? { status: 301, headers: { location: '/1/next' } }
        : { status: 301, headers: { location: magnet } },
    );
    expect(await client().fetchTorrent(`${server.url}/1/download?link=abc`)).toEqual({
      kind: 'magnet',
      magnetUrl: magnet,
    });
    expect(server.requests.map((r) => r.path)).toEqual(['/1/download', '/1/next']);
  });

  it('downloads the .torrent file itself', async () => {
    server = await startFakeHttpServer(() => ({
      body: 'd8:announce0:e',
      headers: { 'content-type': 'application/x-bittorrent' },
    }));
    const payload = await client().fetchTorrent(`${server.url}/dl/pdaudio/?path=Q2ZE`);
    expect(payload.kind).toBe('torrent');
    expect(payload.kind === 'torrent' && payload.bytes.toString()).toBe('d8:announce0:e');
  });

  it('does not reach a loopback indexer unless the source policy allows it', async () => {
    server = await startFakeHttpServer(() => xml(fixture('jackett-music.caps.xml')));
    const strict = new TorznabClient({ url: `${server.url}/1/`, apiKey: 'k', categories: [] }, new SourceUrlPolicy([]));
    await expect(strict.caps()).rejects.toThrow(/TRUETRACK_ALLOW_PRIVATE_SOURCES/);
    expect(server.requests).toHaveLength(0);
  });
});
