// The torrent test helpers ship without types; these are the parts the tests use.
declare module 'create-torrent' {
  interface CreateTorrentOptions {
    name?: string;
    announceList?: string[][];
    private?: boolean;
    pieceLength?: number;
    createdBy?: string;
    creationDate?: number;
  }
  export default function createTorrent(
    input: string | string[],
    opts: CreateTorrentOptions,
    cb: (error: Error | null, torrent: Buffer) => void,
  ): void;
}

declare module 'parse-torrent' {
  interface ParsedTorrent {
    infoHash: string;
    name: string;
    files: { path: string; name: string; length: number }[];
  }
  export default function parseTorrent(torrent: Buffer | string): Promise<ParsedTorrent>;
}

declare module 'bittorrent-tracker/server' {
  import type { EventEmitter } from 'node:events';
  interface ServerOptions {
    udp?: boolean;
    http?: boolean;
    ws?: boolean;
    stats?: boolean;
    trustProxy?: boolean;
    interval?: number;
  }
  export default class Server extends EventEmitter {
    constructor(opts?: ServerOptions);
    listen(port: number, hostname: string, onlistening?: () => void): void;
    close(cb?: () => void): void;
    http: import('node:http').Server | null;
    /** The swarms by hex info hash: how many announced peers have the whole torrent, and how many do not yet. */
    torrents: Record<string, { complete: number; incomplete: number } | undefined>;
  }
}
