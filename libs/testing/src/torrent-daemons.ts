// Real BitTorrent pieces on loopback for tests: an in-process HTTP tracker, transmission-daemon and qbittorrent-nox,
// each on free 127.0.0.1 ports, without DHT, LSD or PEX, stopped by pid.
//
// On loopback only qBittorrent opens peer connections. Transmission drops the 127.0.0.1 peers a tracker hands out
// (its "martian address" filter) and only accepts them when they call in; libtorrent announces a torrent when it
// starts and after that no sooner than its 5-minute minimum announce interval, whatever interval the tracker asks
// for. So qBittorrent must announce after the other client is in the swarm: add a torrent to it once
// `tracker.swarm()` lists the seeder, or `reannounce` once it lists the leecher. Otherwise nobody connects.
import { type ChildProcess, spawn } from 'node:child_process';
import { pbkdf2Sync, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { QBittorrent } from '@ctrl/qbittorrent';
import Server from 'bittorrent-tracker/server';
import { QBittorrentClient, TransmissionClient } from '@app/torrents';
import { freePort } from './free-port.js';
import { generateAudio } from './media-fixtures.js';
import { pollUntil } from './poll-job.js';

export interface Daemon {
  pid: number;
  output(): string;
  stop(): Promise<void>;
}

function startDaemon(command: string, args: string[]): Daemon {
  const child: ChildProcess = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const keep = (chunk: Buffer) => (output = (output + chunk.toString('utf8')).slice(-10_000));
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    pid: child.pid!,
    output: () => output,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      process.kill(child.pid!, 'SIGTERM');
      const timer = setTimeout(() => child.exitCode === null && process.kill(child.pid!, 'SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

export async function startTracker(): Promise<{
  announceUrl: string;
  log(): string[];
  /** Who the tracker would hand out for a torrent now: peers that have it all, and peers still downloading. */
  swarm(infoHash: string): { seeders: number; leechers: number };
  close(): Promise<void>;
}> {
  const server = new Server({ udp: false, ws: false, http: true, stats: false, interval: 2000 });
  // What the tracker saw, for failure messages: who announced, and what it refused.
  // A client re-announces every two seconds: repeats are counted, so the first announce of each peer stays visible.
  const log: string[] = [];
  const repeats = new Map<string, number>();
  const note = (line: string) => {
    if (!repeats.has(line)) log.push(line);
    repeats.set(line, (repeats.get(line) ?? 0) + 1);
  };
  for (const event of ['start', 'update', 'complete', 'stop'])
    server.on(event, (addr: string) => note(`${event} ${addr}`));
  server.on('warning', (error: Error) => note(`warning ${error.message}`));
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    announceUrl: `http://127.0.0.1:${port}/announce`,
    log: () => log.slice(-30).map((line) => `${line} ×${repeats.get(line)}`),
    swarm: (infoHash) => {
      const swarm = server.torrents[infoHash];
      return { seeders: swarm?.complete ?? 0, leechers: swarm?.incomplete ?? 0 };
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** transmission-daemon in the foreground with its own config folder; the RPC answers without credentials. */
export async function startTransmission(dir: string): Promise<{ client: TransmissionClient; url: string } & Daemon> {
  const [rpcPort, peerPort] = [await freePort(), await freePort()];
  const config = join(dir, 'config');
  await mkdir(config, { recursive: true });
  await mkdir(join(dir, 'downloads'), { recursive: true });
  await writeFile(
    join(config, 'settings.json'),
    JSON.stringify({
      'rpc-enabled': true,
      'rpc-port': rpcPort,
      'rpc-bind-address': '127.0.0.1',
      'rpc-authentication-required': false,
      'rpc-whitelist-enabled': false,
      'rpc-host-whitelist-enabled': false,
      'peer-port': peerPort,
      'peer-port-random-on-start': false,
      'bind-address-ipv4': '127.0.0.1',
      'bind-address-ipv6': '::1',
      'dht-enabled': false,
      'lpd-enabled': false,
      'pex-enabled': false,
      'utp-enabled': false,
      'port-forwarding-enabled': false,
      // 0 = prefer plain connections: nothing on loopback needs hiding, and both clients then agree.
      encryption: 0,
      'download-dir': join(dir, 'downloads'),
      'incomplete-dir-enabled': false,
      'ratio-limit-enabled': false,
      'idle-seeding-limit-enabled': false,
      'download-queue-enabled': false,
      'seed-queue-enabled': false,
      'message-level': 1,
    }),
  );
  const daemon = startDaemon('transmission-daemon', ['--foreground', '--config-dir', config]);
  const url = `http://127.0.0.1:${rpcPort}/transmission/rpc`;
  const client = new TransmissionClient({ url });
  await pollUntil(
    () => client.version().catch(() => ''),
    (version) => version !== '',
    30_000,
    () => `transmission-daemon did not answer: ${daemon.output()}`,
  );
  return { ...daemon, client, url };
}

/** qBittorrent's PBKDF2 password line: salt and SHA-512 key, 100000 rounds, as its WebUI stores them. */
function passwordLine(password: string): string {
  const salt = randomBytes(16);
  const key = pbkdf2Sync(password, salt, 100_000, 64, 'sha512');
  return `@ByteArray(${salt.toString('base64')}:${key.toString('base64')})`;
}

/** qbittorrent-nox with a pre-seeded profile: legal notice accepted, WebUI on 127.0.0.1 with a known password. */
export async function startQBittorrent(dir: string): Promise<
  {
    client: QBittorrentClient;
    url: string;
    username: string;
    password: string;
    downloads: string;
    reannounce(infoHash: string): Promise<void>;
    /** The torrent's trackers (status and message each) and peers as qBittorrent sees them, for failure messages. */
    diagnose(infoHash: string): Promise<string>;
  } & Daemon
> {
  const [webPort, peerPort] = [await freePort(), await freePort()];
  const downloads = join(dir, 'downloads');
  const configDir = join(dir, 'profile', 'qBittorrent', 'config');
  await mkdir(configDir, { recursive: true });
  await mkdir(downloads, { recursive: true });
  const password = 'truetrack-test';
  await writeFile(
    join(configDir, 'qBittorrent.conf'),
    [
      '[LegalNotice]',
      'Accepted=true',
      '',
      '[BitTorrent]',
      `Session\\Port=${peerPort}`,
      'Session\\DHTEnabled=false',
      'Session\\LSDEnabled=false',
      'Session\\PeXEnabled=false',
      // Encryption off, and several peers per address: every peer here is 127.0.0.1, and libtorrent otherwise
      // keeps one peer per IP (the first the tracker lists, maybe a dead one) and never tries the others.
      'Session\\Encryption=2',
      'Session\\MultiConnectionsPerIp=true',
      'Session\\QueueingSystemEnabled=false',
      'Session\\InterfaceAddress=127.0.0.1',
      `Session\\DefaultSavePath=${downloads}`,
      'Session\\TempPathEnabled=false',
      '',
      '[Preferences]',
      'WebUI\\Address=127.0.0.1',
      `WebUI\\Port=${webPort}`,
      'WebUI\\Username=admin',
      `WebUI\\Password_PBKDF2="${passwordLine(password)}"`,
      'WebUI\\LocalHostAuth=true',
      'WebUI\\HostHeaderValidation=false',
      'WebUI\\CSRFProtection=false',
      'WebUI\\UseUPnP=false',
      'Connection\\UPnP=false',
      `Connection\\PortRangeMin=${peerPort}`,
      'General\\Locale=en',
      '',
    ].join('\n'),
  );
  const daemon = startDaemon('qbittorrent-nox', [`--profile=${join(dir, 'profile')}`, `--webui-port=${webPort}`]);
  const url = `http://127.0.0.1:${webPort}`;
  const client = new QBittorrentClient({ url, username: 'admin', password });
  const raw = new QBittorrent({ baseUrl: url, username: 'admin', password });
  await pollUntil(
    () => client.version().catch((error: Error) => `error: ${error.message}`),
    (version) => /^v?\d/.test(version),
    30_000,
    (last) => `qbittorrent-nox did not answer (${last}): ${daemon.output()}`,
  );
  // qBittorrent writes its log to the profile, not to stdout: failure messages read it from there.
  const logFile = join(dir, 'profile', 'qBittorrent', 'data', 'logs', 'qbittorrent.log');
  const output = () => {
    try {
      return readFileSync(logFile, 'utf8').slice(-5000);
    } catch {
      return daemon.output();
    }
  };
  // libtorrent announces a finished torrent every few minutes at most; a test that adds a leecher asks it now.
  const reannounce = async (infoHash: string) => void (await raw.reannounceTorrent(infoHash));
  const diagnose = async (infoHash: string) => {
    try {
      const trackers = (await raw.torrentTrackers(infoHash)).filter((t) => !t.url.startsWith('**'));
      const peers = Object.keys((await raw.torrentPeers(infoHash)).peers ?? {});
      return `qBittorrent trackers ${JSON.stringify(trackers)}; peers ${JSON.stringify(peers)}`;
    } catch (error) {
      return `qBittorrent did not describe the torrent: ${(error as Error).message}`;
    }
  };
  return { ...daemon, output, client, url, username: 'admin', password, downloads, reannounce, diagnose };
}

/**
 * A small FLAC album rendered by ffmpeg, tagged: one sine tone per track, or pink noise (`noise`), which FLAC
 * cannot shrink, so the album is as large as a real recording of that length and passes the size rules.
 */
export async function makeFlacAlbum(
  dir: string,
  artist: string,
  album: string,
  titles: string[],
  { seconds = 3, noise = false }: { seconds?: number; noise?: boolean } = {},
): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const files: string[] = [];
  for (const [i, title] of titles.entries()) {
    const file = join(dir, `${String(i + 1).padStart(2, '0')} - ${title}.flac`);
    const signal = noise
      ? `anoisesrc=d=${seconds}:c=pink:a=0.3:seed=${i + 1}`
      : `sine=frequency=${330 + i * 110}:duration=${seconds}`;
    await generateAudio(file, signal, [
      '-ar',
      '44100',
      '-c:a',
      'flac',
      '-metadata',
      `title=${title}`,
      '-metadata',
      `artist=${artist}`,
      '-metadata',
      `album=${album}`,
      '-metadata',
      `track=${i + 1}/${titles.length}`,
    ]);
    files.push(file);
  }
  return files;
}
