import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import createTorrent from 'create-torrent';
import parseTorrent from 'parse-torrent';
import { magnetInfoHash, readTorrentFile } from './read-torrent-file.js';

const make = (input: string, opts: Parameters<typeof createTorrent>[1]) =>
  new Promise<Buffer>((resolve, reject) => createTorrent(input, opts, (e, t) => (e ? reject(e) : resolve(t))));

describe('reading a .torrent before grabbing it', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'tt-torrent-file-'));
    await mkdir(join(dir, 'Album'));
    await writeFile(join(dir, 'Album', '01 - In the Mood.flac'), Buffer.alloc(70_000, 1));
    await writeFile(join(dir, 'Album', '02 - Moonlight Serenade.flac'), Buffer.alloc(50_000, 2));
    await writeFile(join(dir, 'single.flac'), Buffer.alloc(1000, 3));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('finds the same info hash and files as parse-torrent for a multi-file torrent', async () => {
    const bytes = await make(join(dir, 'Album'), { announceList: [['http://127.0.0.1:1/announce']] });
    const ours = readTorrentFile(bytes);
    const theirs = await parseTorrent(bytes);
    expect(ours.infoHash).toBe(theirs.infoHash);
    expect(ours.name).toBe('Album');
    expect(ours.files).toEqual(theirs.files.map((f) => ({ path: f.path.replace(/\\/g, '/'), sizeBytes: f.length })));
  });

  it('reads a single-file torrent', async () => {
    const bytes = await make(join(dir, 'single.flac'), {});
    expect(readTorrentFile(bytes)).toMatchObject({
      infoHash: (await parseTorrent(bytes)).infoHash,
      files: [{ path: 'single.flac', sizeBytes: 1000 }],
    });
  });

  it.each([['not bencoded'], ['d4:infoi1ee'], ['l'], ['d4:info' + 'l'.repeat(100)]])('refuses %j', (text) => {
    expect(() => readTorrentFile(Buffer.from(text))).toThrow(/\.torrent/);
  });

  it('reads hex and base32 info hashes of magnet links', () => {
    expect(magnetInfoHash('magnet:?xt=urn:btih:5A8F0E3B2C1D4E6F7A8B9C0D1E2F3A4B5C6D7E8F&dn=x')).toBe(
      '5a8f0e3b2c1d4e6f7a8b9c0d1e2f3a4b5c6d7e8f',
    );
    expect(magnetInfoHash('magnet:?xt=urn:btih:LKHQ4OZMDVHG66ULTQGR4LZ2JNOG27UP')).toBe(
      '5a8f0e3b2c1d4e6f7a8b9c0d1e2f3a4b5c6d7e8f',
    );
    expect(magnetInfoHash('magnet:?dn=nohash')).toBeUndefined();
  });
});
