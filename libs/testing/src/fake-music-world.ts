import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AppConfig } from '@app/config';
import type { DeepPartial } from './deep-merge.js';
import { generateAudio, makeTempDir } from './media-fixtures.js';
import { AudioFiles, type VideoBreakage } from './fake-music-world/audio-files.js';
import { DEFAULT_SONGS } from './fake-music-world/catalog.js';
import { coverArtAnswer } from './fake-music-world/coverartarchive.fake.js';
import type { FakeSong } from './fake-music-world/fake-song.js';
import { Faults, type WorldTarget } from './fake-music-world/faults.js';
import { musicBrainzAnswer } from './fake-music-world/musicbrainz.fake.js';
import { deezerAnswer, itunesAnswer } from './fake-music-world/stores.fake.js';
import { startWorldServer, type WorldReply, type WorldServer } from './fake-music-world/world-server.js';
import { type LinkFile, LinkFiles, type LinkPage } from './fake-music-world/link-files.js';
import { youtubeMusicAnswer } from './fake-music-world/ytmusic.fake.js';

export type { FakeSong } from './fake-music-world/fake-song.js';
export type { LinkFile, LinkPage } from './fake-music-world/link-files.js';
export type { WorldTarget } from './fake-music-world/faults.js';
export {
  DEFAULT_SONGS,
  DISCOGRAPHY_SONGS,
  fakeSong,
  makeFakeSongs,
  VERSIONED_SONGS,
} from './fake-music-world/catalog.js';
export { fakeArtistId } from './fake-music-world/musicbrainz.fake.js';

export interface FakeMusicWorldOptions {
  songs?: FakeSong[];
}

export interface FakeMusicWorld {
  songs: FakeSong[];
  /** Config overrides: every provider (musicbrainz, itunes, deezer, youtube_music, coverartarchive) enabled at its fake, lrclib/acoustid off, youtubeWatchUrl at the audio server, musicbrainzIntervalMs 0, loopback allowed as a source (sources.allowPrivate). */
  config: DeepPartial<AppConfig>;
  /** The same as environment variables (TRUETRACK_*_URL, TRUETRACK_*_ENABLED, TRUETRACK_YOUTUBE_WATCH_URL, …) for a server started as a child process. */
  env: Record<string, string>;
  /** Make a provider (or 'audio') answer `status` (429, 500, or 'timeout' = never answer) to its next `count` requests; count 0 clears it. */
  failNext(target: WorldTarget, status: number | 'timeout', count: number): void;
  /** Serve this video id's audio with another duration (for the verification-fallback case) or truncated. */
  breakVideo(videoId: string, how: VideoBreakage): void;
  /**
   * Answer every request of `target` `ms` later ('audio' and 'cover-image' spread their bytes over it); 0 restores
   * full speed. 'cover-image' is the JPEG the Cover Art Archive serves, apart from its JSON listings.
   */
  slowDown(target: WorldTarget | 'cover-image', ms: number): void;
  /**
   * Serve a file for a direct link at `/files/<name>` (a plain web server: the name is what yt-dlp sees) and
   * answer its URL: a tune as long as `song`, in the format of the name's extension, with `tags` embedded — or the
   * very audio of one of the song's videos (`sameAudioAs`).
   */
  serveFile(name: string, file: Omit<LinkFile, 'song'> & { song: string }): Promise<string>;
  /** Serve an HTML page about one recording (JSON-LD AudioObject with description and chapters) at `/files/<name>`. */
  servePage(name: string, page: LinkPage): string;
  /** Serve an XSPF playlist of these links at `/files/<name>` and answer its URL. */
  servePlaylist(name: string, title: string, urls: readonly string[]): string;
  /** The song with this key; throws for an unknown one. */
  song(key: string): FakeSong;
  requests(target: string): number;
  close(): Promise<void>;
}

const PROVIDERS = ['musicbrainz', 'itunes', 'deezer', 'youtube_music', 'coverartarchive'] as const;
/** The path each real service answers under; the base URL carries it, as in production. */
const PATH_PREFIX: Record<(typeof PROVIDERS)[number], string> = {
  musicbrainz: '/ws/2',
  itunes: '',
  deezer: '',
  youtube_music: '/youtubei/v1',
  coverartarchive: '',
};

/**
 * A small music world on 127.0.0.1: MusicBrainz, iTunes, Deezer, YouTube Music and the Cover Art Archive answer
 * about the same songs in their own JSON, and an audio server plays the part of YouTube's watch pages, so the
 * real yt-dlp downloads each video id (`/watch?v=<id>`) as an Ogg Opus file of the song's length.
 */
export async function startFakeMusicWorld(options: FakeMusicWorldOptions = {}): Promise<FakeMusicWorld> {
  const songs = options.songs ?? DEFAULT_SONGS.map((song) => ({ ...song }));
  const temp = await makeTempDir('truetrack-music-world');
  const faults = new Faults();
  const broken = new Map<string, VideoBreakage>();
  const audio = new AudioFiles(temp.path);
  const links = new LinkFiles(temp.path, (song, videoId) => audio.get(song, videoId));
  const cover = generateAudio(join(temp.path, 'cover.jpg'), 'color=c=0x3060a0:s=320x320', ['-frames:v', '1']).then(
    (file) => readFile(file),
  );
  const servers: Partial<Record<WorldTarget, WorldServer>> = {};
  const close = async () => {
    await Promise.all(Object.values(servers).map((server) => server.close()));
    await temp.remove();
  };
  try {
    const caaUrl = await startCoverArt(servers, faults, songs, cover);
    const artUrl = (song: FakeSong) => `${caaUrl}/release/${song.releaseId}/1-250.jpg`;
    servers.musicbrainz = await startWorldServer('musicbrainz', faults, (r) => musicBrainzAnswer(songs, r));
    servers.itunes = await startWorldServer('itunes', faults, (r) => itunesAnswer(songs, r, artUrl));
    servers.deezer = await startWorldServer('deezer', faults, (r) => deezerAnswer(songs, r, artUrl));
    servers.youtube_music = await startWorldServer('youtube_music', faults, (r) => youtubeMusicAnswer(songs, r));
    servers.audio = await startWorldServer('audio', faults, async (r): Promise<WorldReply> => {
      if (r.path.startsWith('/files/')) return linkFileAnswer(links, r.path);
      const videoId = r.query.get('v') ?? '';
      const song = r.path === '/watch' ? songs.find((s) => s.videoIds.includes(videoId)) : undefined;
      if (!song) return { status: 404, body: 'This video is unavailable' };
      return { body: await audio.get(song, videoId, broken.get(videoId)), headers: { 'content-type': 'audio/ogg' } };
    });
  } catch (error) {
    await close();
    throw error;
  }
  const url = (id: (typeof PROVIDERS)[number]) => `${servers[id]!.url}${PATH_PREFIX[id]}`;
  const fileUrl = (name: string) => `${servers.audio!.url}/files/${encodeURIComponent(name)}`;
  const song = (key: string) => {
    const found = songs.find((s) => s.key === key);
    if (!found) throw new Error(`The fake music world has no song "${key}"`);
    return found;
  };
  const watchUrl = `${servers.audio.url}/watch`;
  return {
    songs,
    config: {
      providers: {
        ...(Object.fromEntries(PROVIDERS.map((id) => [id, { baseUrl: url(id), enabled: true }])) as Record<
          (typeof PROVIDERS)[number],
          { baseUrl: string; enabled: boolean }
        >),
        lrclib: { enabled: false },
        acoustid: { enabled: false },
        youtubeWatchUrl: watchUrl,
        musicbrainzIntervalMs: 0,
      },
      // The audio is served from loopback, which yt-dlp may only be sent to when allowed.
      sources: { allowPrivate: ['127.0.0.1'] },
    },
    env: {
      ...Object.fromEntries(
        PROVIDERS.flatMap((id) => [
          [`TRUETRACK_${id.toUpperCase()}_URL`, url(id)],
          [`TRUETRACK_${id.toUpperCase()}_ENABLED`, 'true'],
        ]),
      ),
      TRUETRACK_LRCLIB_ENABLED: 'false',
      TRUETRACK_ALLOW_PRIVATE_SOURCES: '127.0.0.1',
      TRUETRACK_ACOUSTID_ENABLED: 'false',
      TRUETRACK_YOUTUBE_WATCH_URL: watchUrl,
      TRUETRACK_MUSICBRAINZ_INTERVAL_MS: '0',
    },
    failNext: (target, status, count) => faults.failNext(target, status, count),
    breakVideo: (videoId, how) => void broken.set(videoId, how),
    slowDown: (target, ms) => faults.slowDown(target, ms),
    serveFile: async (name, file) => {
      await links.add(name, { ...file, song: song(file.song) });
      return fileUrl(name);
    },
    servePage: (name, page) => {
      links.addPage(name, page);
      return fileUrl(name);
    },
    servePlaylist: (name, title, urls) => {
      links.addPlaylist(name, title, urls);
      return fileUrl(name);
    },
    song,
    requests: (target) => servers[target as WorldTarget]?.requests() ?? 0,
    close,
  };
}

async function linkFileAnswer(links: LinkFiles, path: string): Promise<WorldReply> {
  const file = links.get(decodeURIComponent(path.slice('/files/'.length)));
  if (!file) return { status: 404, body: 'Not Found' };
  const { body, type } = await file;
  return { body, headers: { 'content-type': type } };
}

/** The Cover Art Archive fake; its JPEGs can be slowed down apart from its JSON (target 'cover-image'). */
async function startCoverArt(
  servers: Partial<Record<WorldTarget, WorldServer>>,
  faults: Faults,
  songs: readonly FakeSong[],
  cover: Promise<Buffer>,
): Promise<string> {
  let baseUrl = '';
  const server = await startWorldServer('coverartarchive', faults, async (request) => {
    const reply = coverArtAnswer(songs, request, baseUrl, await cover);
    const delay = Buffer.isBuffer(reply.body) ? faults.delayOf('cover-image') : 0;
    if (delay) await new Promise((resolve) => setTimeout(resolve, delay));
    return reply;
  });
  servers.coverartarchive = server;
  baseUrl = server.url;
  return baseUrl;
}
