/** A request that is a link to fetch rather than words to look up. */
export const LINK_PATTERN = /^https?:\/\/\S+$/i;

export function isLink(query: string): boolean {
  return LINK_PATTERN.test(query.trim());
}

/** File extensions of audio (and audio-bearing video) files: a link to one is one recording, never a playlist. */
const MEDIA_FILE = /\.(mp3|m4a|aac|opus|ogg|oga|flac|wav|aiff?|wma|alac|ape|wv|mka|mp4|webm)$/i;

/** A link straight to an audio file, which yt-dlp need not be asked about before downloading it. */
export function isMediaFileLink(link: string): boolean {
  try {
    return MEDIA_FILE.test(decodeURIComponent(new URL(link.trim()).pathname));
  } catch {
    return false;
  }
}

/**
 * Channel and profile pages: links to everything someone ever uploaded, which grow without end. Told apart by
 * their shape alone, so a request can be refused before anything is fetched.
 */
const CHANNEL_SHAPES: readonly { host: RegExp; path: RegExp; what: string }[] = [
  {
    host: /(^|\.)youtube\.com$/,
    path: /^\/(@[^/]+|channel\/[^/]+|c\/[^/]+|user\/[^/]+)(\/(videos|streams|shorts|featured|releases)?)?\/?$/,
    what: 'a YouTube channel',
  },
  // soundcloud.com/<user> and its tabs; /<user>/<track> and /<user>/sets/<set> are single items or sets.
  {
    host: /(^|\.)soundcloud\.com$/,
    path: /^\/[^/]+(\/(tracks|albums|popular-tracks|reposts|sets))?\/?$/,
    what: 'a SoundCloud profile',
  },
  { host: /\.bandcamp\.com$/, path: /^\/(music)?\/?$/, what: "a Bandcamp artist's page" },
  {
    host: /(^|\.)mixcloud\.com$/,
    path: /^\/[^/]+(\/(uploads|favorites|listens|stream))?\/?$/,
    what: 'a Mixcloud profile',
  },
  { host: /(^|\.)vimeo\.com$/, path: /^\/(channels\/[^/]+|user\d+|[a-z][\w-]*)\/?$/i, what: 'a Vimeo channel' },
];

/** What kind of channel a link is ("a YouTube channel"), or undefined for anything else. */
export function channelKind(link: string): string | undefined {
  let url: URL;
  try {
    url = new URL(link.trim());
  } catch {
    return undefined;
  }
  const host = url.hostname.toLowerCase().replace(/^(www|m|music)\./, '');
  return CHANNEL_SHAPES.find((shape) => shape.host.test(host) && shape.path.test(url.pathname))?.what;
}

/** Links shaped like a collection: playlists, sets, albums, showcases, playlist files. */
const COLLECTION_SHAPES: readonly { host: RegExp; path: RegExp; query?: RegExp }[] = [
  { host: /(^|\.)youtube\.com$/, path: /^\/(playlist|watch)\/?$/, query: /(^|&)list=/ },
  { host: /(^|\.)soundcloud\.com$/, path: /^\/[^/]+\/sets\/[^/]+\/?$/ },
  { host: /\.bandcamp\.com$/, path: /^\/album\/[^/]+\/?$/ },
  { host: /(^|\.)mixcloud\.com$/, path: /^\/[^/]+\/playlists\/[^/]+\/?$/ },
  { host: /(^|\.)vimeo\.com$/, path: /^\/(album|showcase)\/\d+\/?$/ },
  { host: /(^|\.)archive\.org$/, path: /^\/details\/[^/]+\/?$/ },
  { host: /./, path: /\.(m3u8?|pls|xspf)$/i },
];

/**
 * Whether a link is shaped like a collection of entries (a playlist, set, album or playlist file), so that how many
 * it lists is worth asking before a job is made; a single video or track link is not.
 */
export function mayListEntries(link: string): boolean {
  let url: URL;
  try {
    url = new URL(link.trim());
  } catch {
    return false;
  }
  const host = url.hostname.toLowerCase().replace(/^(www|m|music)\./, '');
  const query = url.search.replace(/^\?/, '');
  return COLLECTION_SHAPES.some(
    (shape) => shape.host.test(host) && shape.path.test(url.pathname) && (!shape.query || shape.query.test(query)),
  );
}
